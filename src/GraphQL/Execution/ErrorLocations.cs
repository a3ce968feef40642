using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>§7.1.2 "locations" of syntax nodes (1-based line and UTF-16 column, as graphql-js reports them).</summary>
internal static class ErrorLocations
{
    public static IReadOnlyList<ErrorLocation> Of(IEnumerable<SyntaxNode> nodes) =>
        [.. nodes.Where(node => node.Location.Source is not null).Select(node => new ErrorLocation(node.Location.Line, node.Location.Column))];
}
