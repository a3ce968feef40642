using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// Judges a cats "then" (one assertion object or a list, all must hold) against an outcome. Exact comparison; an error
/// at the expected location with other words is "wording differs", a known spec change is "expectation outdated",
/// anything else fails.
/// </summary>
public sealed class CatsExpectations(IReadOnlyDictionary<string, string> errorTemplates)
{
    // Error codes whose cats location was the 2018 graphql-js choice and has since moved; the message must still match
    // exactly. The spec names no location for these errors.
    private static readonly Dictionary<string, string> MovedLocations = new(StringComparer.Ordinal)
    {
        ["noSubselectionAllowed"] =
            "expectation outdated: cats (graphql-js 2018) puts the Leaf Field Selections error (spec §5.3.3, which names no location) " +
            "on the field; graphql-js 16+ and ours put it on the offending selection set",
    };

    public CatsVerdict Judge(JsonNode then, CatsOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.SkipReason is { } reason)
        {
            return CatsVerdict.Skip(reason);
        }

        var assertions = then is JsonArray list ? list.Select(a => a!.AsObject()) : [then.AsObject()];
        return CatsVerdict.Combine(assertions.Select(a => JudgeOne(a, outcome)));
    }

    private CatsVerdict JudgeOne(JsonObject assertion, CatsOutcome outcome) => assertion switch
    {
        _ when assertion["passes"] is not null => outcome.SyntaxError || outcome.Errors.Count > 0
            ? CatsVerdict.Fail($"expected no errors, got {string.Join(", ", outcome.Errors)}")
            : CatsVerdict.Pass,
        _ when assertion["syntax-error"] is not null => outcome.SyntaxError
            ? CatsVerdict.Pass
            : CatsVerdict.Fail("expected a syntax error, the document parsed"),
        _ when assertion["error-count"] is { } count => outcome.Errors.Count == count.GetValue<int>()
            ? CatsVerdict.Pass
            : CatsVerdict.Fail($"expected {count.GetValue<int>()} errors, got {outcome.Errors.Count}: {string.Join(", ", outcome.Errors)}"),
        _ when assertion["error-code"] is { } code => JudgeError(ExpandTemplate(code.GetValue<string>(), assertion["args"] as JsonObject), exact: true, assertion["loc"], outcome, MovedLocations.GetValueOrDefault(code.GetValue<string>())),
        _ when assertion["error"] is { } text => JudgeError(text.GetValue<string>(), exact: false, assertion["loc"], outcome, movedLocation: null),
        _ when assertion["exception"] is { } text => JudgeException(text.GetValue<string>(), outcome),
        _ when assertion.ContainsKey("data") => CatsDataComparer.Judge(assertion["data"], outcome),
        _ => throw new InvalidOperationException($"Unknown cats assertion {assertion.ToJsonString()}"),
    };

    private string ExpandTemplate(string code, JsonObject? args)
    {
        var template = errorTemplates.TryGetValue(code, out var found) ? found : throw new InvalidOperationException($"error-mapping.yaml has no code \"{code}\"");
        return Regex.Replace(template, @"\$\{(\w+)\}", match => args?[match.Groups[1].Value]?.ToString() ?? match.Value);
    }

    private static CatsVerdict JudgeError(string expected, bool exact, JsonNode? loc, CatsOutcome outcome, string? movedLocation)
    {
        var locations = ParseLocations(loc);
        bool Matches(CatsError error) => exact ? error.Message == expected : error.Message.Contains(expected, StringComparison.Ordinal);
        bool AtLocation(CatsError error) => locations is null || error.Locations.SequenceEqual(locations);

        if (outcome.Errors.Any(e => Matches(e) && AtLocation(e)))
        {
            return CatsVerdict.Pass;
        }

        if (locations is not null && outcome.Errors.FirstOrDefault(AtLocation) is { } sameLocation)
        {
            return CatsVerdict.Skip($"wording differs: ours '{sameLocation.Message}' vs expected '{expected}'");
        }

        if (movedLocation is not null && outcome.Errors.FirstOrDefault(Matches) is { } moved)
        {
            return CatsVerdict.Skip($"{movedLocation}: ours {moved}");
        }

        var where = locations is null ? string.Empty : $" at [{string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))}]";
        return CatsVerdict.Fail($"expected error '{expected}'{where}, got {(outcome.Errors.Count == 0 ? "none" : string.Join(", ", outcome.Errors))}");
    }

    private static CatsVerdict JudgeException(string expected, CatsOutcome outcome)
    {
        if (outcome.HasData || outcome.Errors.Count == 0)
        {
            return CatsVerdict.Fail($"expected the request to be refused with '{expected}', it executed with {outcome.Errors.Count} errors");
        }

        return outcome.Errors.Any(e => e.Message.Contains(expected, StringComparison.Ordinal))
            ? CatsVerdict.Pass
            : CatsVerdict.Skip($"wording differs: ours '{outcome.Errors[0].Message}' vs expected '{expected}'");
    }

    // loc: {line, column}, a list of those, or [[line, column], …] (cats README).
    private static List<(int Line, int Column)>? ParseLocations(JsonNode? loc) => loc switch
    {
        null => null,
        JsonObject single => [ToLocation(single)],
        JsonArray many => [.. many.Select(item => item is JsonArray pair ? (pair[0]!.GetValue<int>(), pair[1]!.GetValue<int>()) : ToLocation(item!.AsObject()))],
        _ => throw new InvalidOperationException($"Unknown cats loc {loc.ToJsonString()}"),
    };

    private static (int Line, int Column) ToLocation(JsonObject location) =>
        (location["line"]!.GetValue<int>(), location["column"]!.GetValue<int>());
}
