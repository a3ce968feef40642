namespace Serverless.GraphQL.Execution;

/// <summary>A 1-based line and column in the request document (§7.1.2 "locations").</summary>
public readonly record struct ErrorLocation(int Line, int Column);
