using System.Text.Json.Serialization;

namespace Serverless.GraphQL.Tests.Language.Printing;

/// <summary>What graphql-js made of one <see cref="OracleCase"/>: printed text or a syntax error.</summary>
internal sealed class OracleResult
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    [JsonPropertyName("printed")]
    public string? Printed { get; init; }

    [JsonPropertyName("error")]
    public OracleError? Error { get; init; }
}
