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

    private QueryFilter(BsonDocument source, Matcher root, Collation? collation = null)
    {
        Source = source;
        _root = root;
        Collation = collation;
    }

    /// <summary>The collation strings are compared under, or null for binary comparison.</summary>
    public Collation? Collation { get; }

    /// <summary>The filter that matches every document (<c>{}</c>).</summary>
    public static QueryFilter Empty { get; } = new(BsonDocument.Empty, new AndMatcher([]));

    /// <summary>The filter document this was parsed from.</summary>
    public BsonDocument Source { get; }

    /// <exception cref="QueryException">The filter is malformed or uses an unsupported operator.</exception>
    public static QueryFilter Parse(BsonDocument filter) => Parse(filter, let: null);

    /// <param name="let">The command's <c>let</c> document: constants that $expr reads as <c>$$name</c>.</param>
    /// <exception cref="QueryException">The filter or a let variable is malformed, or an operator is unsupported.</exception>
    public static QueryFilter Parse(BsonDocument filter, BsonDocument? let) => Parse(filter, let, collation: null);

    /// <param name="collation">Compares strings under this collation (the document's copy is matched through its collation keys).</param>
    public static QueryFilter Parse(BsonDocument filter, BsonDocument? let, Collation? collation)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = ExprMatcher.Scope(let, DateTimeOffset.UtcNow);
        return collation is null
            ? new QueryFilter(filter, FilterParser.Parse(filter, scope))
            : new QueryFilter(filter, FilterParser.Parse(CollatedFilter.Rewrite(filter, collation), scope), collation);
    }

    /// <summary>
    /// For $match in a pipeline: $expr sees the pipeline's variables ($$NOW and the command's let) as they are.
    /// </summary>
    public static QueryFilter ParseInScope(BsonDocument filter, ExpressionVariables variables, Collation? collation = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(variables);
        return new QueryFilter(filter, FilterParser.Parse(collation is null ? filter : CollatedFilter.Rewrite(filter, collation), variables), collation);
    }

    public bool Matches(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _root.Matches(Collation is null ? document : Collation.Key(document));
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
            single = Collation is null ? single : Collation.Key(single);
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
