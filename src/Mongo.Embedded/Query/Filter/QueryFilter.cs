using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A parsed query filter (manual "Query and Projection Operators"). Parse once, then call
/// <see cref="Matches"/> for each document; instances are immutable and safe to share between threads.
/// </summary>
public sealed class QueryFilter
{
    private readonly Matcher _root;

    private QueryFilter(BsonDocument source, Matcher root)
    {
        Source = source;
        _root = root;
    }

    /// <summary>The filter that matches every document (<c>{}</c>).</summary>
    public static QueryFilter Empty { get; } = new(BsonDocument.Empty, new AndMatcher([]));

    /// <summary>The filter document this was parsed from.</summary>
    public BsonDocument Source { get; }

    /// <exception cref="QueryException">The filter is malformed or uses an unsupported operator.</exception>
    public static QueryFilter Parse(BsonDocument filter) => Parse(filter, let: null);

    /// <param name="let">The command's <c>let</c> document: constants that $expr reads as <c>$$name</c>.</param>
    /// <exception cref="QueryException">The filter or a let variable is malformed, or an operator is unsupported.</exception>
    public static QueryFilter Parse(BsonDocument filter, BsonDocument? let)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new QueryFilter(filter, FilterParser.Parse(filter, ExprMatcher.Scope(let, DateTimeOffset.UtcNow)));
    }

    /// <summary>
    /// For $match in a pipeline: $expr sees the pipeline's variables ($$NOW and the command's let) as they are.
    /// </summary>
    public static QueryFilter ParseInScope(BsonDocument filter, ExpressionVariables variables)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(variables);
        return new QueryFilter(filter, FilterParser.Parse(filter, variables));
    }

    public bool Matches(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _root.Matches(document);
    }

    /// <summary>
    /// For the positional <c>$</c> operator (manual "$ (projection)", "$ (update)"): the position of the first
    /// element of the array at <paramref name="arrayPath"/> that satisfies the filter's conditions on that
    /// array, or null when the filter has no such condition or no element satisfies it.
    /// </summary>
    /// <remarks>
    /// The server records the matching position while matching; here each element is tried in turn by
    /// matching the conditions that name the array against a copy of the document in which the array holds
    /// only that element. Conditions on other fields do not depend on the element, so they are left out.
    /// </remarks>
    internal int? FindMatchedArrayIndex(BsonDocument document, BsonPath arrayPath)
    {
        var relevant = TopLevelConditions(_root)
            .Where(c => c.Paths.Any(p => p == arrayPath.Text || p.StartsWith(arrayPath.Text + ".", StringComparison.Ordinal)))
            .ToList();
        if (relevant.Count == 0 || !DocumentPaths.TryGetThroughDocuments(document, arrayPath.Segments, out var value) || value is not BsonArray array)
        {
            return null;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var single = DocumentPaths.ReplaceThroughDocuments(document, arrayPath.Segments, new BsonArray(array[i]));
            if (relevant.All(c => c.Matches(single)))
            {
                return i;
            }
        }

        return null;
    }

    private static IEnumerable<Matcher> TopLevelConditions(Matcher matcher) =>
        matcher is AndMatcher and ? and.Children.SelectMany(TopLevelConditions) : [matcher];
}
