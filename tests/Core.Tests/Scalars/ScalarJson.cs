using System.Text.Json;
using Serverless.GraphQL.Language;

namespace Serverless.Core.Tests.Scalars;

/// <summary>Helpers: the JSON text of a serialized result value, and literals parsed from GraphQL text.</summary>
internal static class ScalarJson
{
    public static string Of(object? result) => JsonSerializer.Serialize(result);

    public static ValueNode Literal(string graphql) => Parser.ParseValue(graphql);
}
