namespace Serverless.GraphQL.Tests.Differential;

/// <summary>One corpus query: the document, its variables as raw JSON text (sent to graphql-js verbatim) and the operation to run.</summary>
internal sealed record DifferentialCase(string Name, string Query, string? Variables = null, string? OperationName = null);
