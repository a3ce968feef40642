namespace Serverless.GraphQL.Validation;

/// <summary>A 1-based line and column (UTF-16 units) in the request document, as in the GraphQL response format (§7.1.2).</summary>
public readonly record struct ErrorLocation(int Line, int Column);
