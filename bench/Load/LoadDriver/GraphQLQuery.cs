namespace Serverless.Load;

/// <summary>One GraphQL-over-HTTP request body (application/json), built once and sent many times.</summary>
internal sealed record GraphQLQuery(string Name, byte[] Body);
