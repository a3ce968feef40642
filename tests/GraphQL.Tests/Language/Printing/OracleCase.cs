namespace Serverless.GraphQL.Tests.Language.Printing;

/// <summary>One document for the graphql-js oracle, optionally parsed with a token limit (graphql-js maxTokens).</summary>
internal sealed record OracleCase(string Name, string Source, int? MaxTokens = null);
