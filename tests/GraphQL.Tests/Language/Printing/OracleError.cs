using System.Text.Json.Serialization;

namespace Serverless.GraphQL.Tests.Language.Printing;

/// <summary>A graphql-js syntax error: message and first location.</summary>
internal sealed class OracleError
{
    [JsonPropertyName("message")]
    public string Message { get; init; } = string.Empty;

    [JsonPropertyName("line")]
    public int Line { get; init; }

    [JsonPropertyName("column")]
    public int Column { get; init; }
}
