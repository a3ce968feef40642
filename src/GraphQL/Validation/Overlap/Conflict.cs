using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Overlap;

/// <summary>Two sets of fields under one response name that cannot be merged, and why (§5.3.2).</summary>
internal sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
