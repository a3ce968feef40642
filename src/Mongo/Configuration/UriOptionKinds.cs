using System.Globalization;
using System.Text;

namespace Serverless.Mongo;

/// <summary>"true" or "false" (URI Options spec: booleans are exactly these words).</summary>
internal sealed class BooleanUriOption(string name) : UriOption(name)
{
    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be 'true' or 'false'";
        return text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
    }
}

/// <summary>A 32-bit integer accepted by a predicate the spec states in words (e.g. "non-negative").</summary>
internal sealed class IntegerUriOption(string name, Func<int, bool> accepts, string rule) : UriOption(name)
{
    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be " + rule;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && accepts(value)
            ? value
            : null;
    }
}

/// <summary>Free text; optionally non-empty, and optionally an error when empty (authSource).</summary>
internal sealed class StringUriOption(string name, bool allowEmpty = true, bool emptyIsError = false, bool repeatIsError = false)
    : UriOption(name)
{
    public override bool InvalidIsError => emptyIsError;

    public override bool RepeatIsError => repeatIsError;

    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must not be empty";
        return allowEmpty || text.Length > 0 ? text : null;
    }
}

/// <summary>One of a fixed set of words, compared case-insensitively, mapped to a typed value.</summary>
internal sealed class ChoiceUriOption(string name, IReadOnlyDictionary<string, object> choices, bool invalidIsError = false)
    : UriOption(name)
{
    public override bool InvalidIsError => invalidIsError;

    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be one of " + string.Join(", ", choices.Keys);
        return choices.TryGetValue(text, out var value) ? value : null;
    }
}

/// <summary>
/// compressors: a comma-separated list. Compression spec: a compressor the driver does not know is ignored
/// with a warning, and the others are kept in the client's order of preference.
/// </summary>
internal sealed class CompressorsUriOption(string name, IReadOnlySet<string> known) : UriOption(name)
{
    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = null;
        var result = new List<string>();
        foreach (var item in text.Split(','))
        {
            var compressor = item.Trim().ToLowerInvariant();
            if (known.Contains(compressor))
            {
                result.Add(compressor);
            }
            else
            {
                warnings.Add($"Ignoring unknown compressor '{item}' in option '{Name}'.");
            }
        }

        return result.AsReadOnly();
    }
}

/// <summary>
/// A "key:value,key:value" list (authMechanismProperties). Connection String spec, "Values": the value is split
/// on ',' and each item at its first ':' (so values may hold ':'); an item without ':' is ignored with a warning
/// (valid-warnings.json, "Comma in a key value pair causes a warning").
/// </summary>
internal sealed class KeyValueListUriOption(string name) : UriOption(name)
{
    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be a list of key:value pairs";
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in text.Split(','))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                warnings.Add($"Ignoring '{item}' in option '{Name}': it is not of the form key:value.");
                continue;
            }

            result[item[..colon]] = item[(colon + 1)..];
        }

        return result.Count == 0 ? null : result;
    }
}

/// <summary>
/// w: a non-negative number of nodes, or any other word as a mode or tag set name (concern-options.json:
/// "Arbitrary string w doesn't cause a warning"); a negative number is invalid.
/// </summary>
internal sealed class WriteConcernWUriOption(string name) : UriOption(name)
{
    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "a number of nodes must not be negative";
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var nodes))
        {
            return nodes >= 0 ? new WriteConcernW(nodes) : null;
        }

        problem = "it must not be empty";
        return text.Length == 0 ? null : new WriteConcernW(text);
    }
}

/// <summary>
/// srvServiceName: an SRV service name (RFC 6335, section 5.1: 1-15 letters, digits and hyphens, at least one
/// letter, no leading, trailing or doubled hyphen), since it becomes the "_service" label of the SRV query.
/// </summary>
internal sealed class ServiceNameUriOption(string name) : UriOption(name)
{
    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = "it must be 1 to 15 letters, digits or single inner hyphens, with at least one letter (RFC 6335)";
        var valid = text.Length is >= 1 and <= 15
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && text.Any(char.IsAsciiLetter)
            && text[0] != '-' && text[^1] != '-'
            && !text.Contains("--", StringComparison.Ordinal);
        return valid ? text : null;
    }
}

/// <summary>appname: Handshake spec, "client.application.name" must not exceed 128 bytes of UTF-8.</summary>
internal sealed class AppNameUriOption(string name) : UriOption(name)
{
    private const int MaxBytes = 128;

    public override object? Convert(string text, List<string> warnings, out string? problem)
    {
        problem = $"it must not exceed {MaxBytes} bytes of UTF-8";
        return Encoding.UTF8.GetByteCount(text) <= MaxBytes ? text : null;
    }
}
