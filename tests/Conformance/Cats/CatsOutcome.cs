using System.Text.Json.Nodes;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>
/// What running one cats "when" produced: a syntax error, errors, and for executions the data. <see cref="HasData"/> is
/// false for a request refused as a whole (cats "exception").
/// </summary>
public sealed record CatsOutcome(bool SyntaxError, IReadOnlyList<CatsError> Errors, bool HasData, JsonNode? Data)
{
    /// <summary>Set when the case cannot be judged against our engine; the reason becomes the skip reason.</summary>
    public string? SkipReason { get; init; }

    public static CatsOutcome Skipped(string reason) => new(false, [], false, null) { SkipReason = reason };
}
