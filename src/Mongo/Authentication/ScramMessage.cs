using System.Globalization;
using System.Text;

namespace Serverless.Mongo;

/// <summary>
/// A parsed SCRAM message: comma-separated attributes "a=value" where the name is one ASCII letter
/// (RFC 5802 section 5.1). Values may contain '=' but not ','. Checks are positional because the RFC's grammar
/// fixes the order of attributes in every message.
/// </summary>
internal sealed class ScramMessage
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<KeyValuePair<char, string>> _attributes;

    private ScramMessage(string description, string text, List<KeyValuePair<char, string>> attributes)
    {
        Description = description;
        Text = text;
        _attributes = attributes;
    }

    /// <summary>What the message is, for error messages (e.g. "server-first message").</summary>
    public string Description { get; }

    public string Text { get; }

    public int Count => _attributes.Count;

    /// <exception cref="MongoAuthenticationException">Not UTF-8, empty, or an attribute is not "letter=value".</exception>
    public static ScramMessage Parse(ReadOnlySpan<byte> payload, string description) =>
        Parse(DecodeUtf8(payload, description), description);

    /// <exception cref="MongoAuthenticationException">The payload is not valid UTF-8.</exception>
    public static string DecodeUtf8(ReadOnlySpan<byte> payload, string description)
    {
        try
        {
            return StrictUtf8.GetString(payload);
        }
        catch (DecoderFallbackException e)
        {
            throw new MongoAuthenticationException($"Invalid SCRAM {description}: not valid UTF-8 (RFC 5802 section 5.1).", e);
        }
    }

    public static ScramMessage Parse(string text, string description)
    {
        if (text.Length == 0)
        {
            throw new MongoAuthenticationException($"Invalid SCRAM {description}: the message is empty.");
        }

        var attributes = new List<KeyValuePair<char, string>>();
        foreach (var part in text.Split(','))
        {
            if (part.Length < 2 || part[1] != '=' || !char.IsAsciiLetter(part[0]))
            {
                throw new MongoAuthenticationException(
                    $"Invalid SCRAM {description}: attribute {attributes.Count + 1} ('{part}') is not of the form letter=value (RFC 5802 section 5.1).");
            }

            attributes.Add(new(part[0], part[2..]));
        }

        return new ScramMessage(description, text, attributes);
    }

    public char NameAt(int index) => _attributes[index].Key;

    /// <summary>The value of attribute <paramref name="index"/>, which must be named <paramref name="name"/>.</summary>
    public string Require(int index, char name)
    {
        if (index >= _attributes.Count)
        {
            throw new MongoAuthenticationException(
                $"Invalid SCRAM {Description}: attribute '{name}' is missing (expected at position {index + 1}).");
        }

        var attribute = _attributes[index];
        if (attribute.Key != name)
        {
            throw new MongoAuthenticationException(
                $"Invalid SCRAM {Description}: expected attribute '{name}' at position {index + 1} but found '{attribute.Key}'.");
        }

        return attribute.Value;
    }

    /// <summary>Fails when attributes follow position <paramref name="expectedCount"/>.</summary>
    public void RequireNoMoreThan(int expectedCount)
    {
        if (_attributes.Count > expectedCount)
        {
            throw new MongoAuthenticationException(
                $"Invalid SCRAM {Description}: unexpected attribute '{_attributes[expectedCount].Key}' at position {expectedCount + 1}.");
        }
    }

    /// <summary>Base64 value of attribute <paramref name="index"/> named <paramref name="name"/>.</summary>
    public byte[] RequireBase64(int index, char name)
    {
        var value = Require(index, name);
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new MongoAuthenticationException($"Invalid SCRAM {Description}: attribute '{name}' is not valid base64.", e);
        }
    }

    public int RequirePositiveInt32(int index, char name)
    {
        var value = Require(index, name);
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new MongoAuthenticationException($"Invalid SCRAM {Description}: attribute '{name}' ('{value}') is not a positive integer.");
        }

        return number;
    }

    /// <summary>RFC 5802 section 5.1 "printable": a nonce is non-empty ASCII 0x21–0x7E except ','.</summary>
    public string RequireNonce(int index)
    {
        var nonce = Require(index, 'r');
        if (nonce.Length == 0 || nonce.Any(c => c is < '!' or > '~'))
        {
            throw new MongoAuthenticationException($"Invalid SCRAM {Description}: the nonce must be non-empty printable ASCII.");
        }

        return nonce;
    }
}
