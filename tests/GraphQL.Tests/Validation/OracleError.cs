using System.Text.Json.Serialization;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>One graphql-js validation error as validate.mjs writes it.</summary>
public sealed record OracleError(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("locations")] IReadOnlyList<OracleLocation> Locations)
{
    public string Format() => $"{Message} @ {string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
