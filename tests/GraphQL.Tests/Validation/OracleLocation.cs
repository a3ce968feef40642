using System.Text.Json.Serialization;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>A graphql-js error location.</summary>
public sealed record OracleLocation([property: JsonPropertyName("line")] int Line, [property: JsonPropertyName("column")] int Column);
