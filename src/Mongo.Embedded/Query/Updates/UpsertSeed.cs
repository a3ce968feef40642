using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// The document an upsert inserts before the update operators run (manual "db.collection.update() &gt; Upsert
/// Behavior": the new document takes the fields of the query's equality conditions). Equality means
/// <c>field: value</c>, <c>{$eq: value}</c> and a one-element <c>$in</c>, also inside <c>$and</c> and a
/// one-clause <c>$or</c>; dotted paths create embedded documents, and <c>_id</c> goes first.
/// </summary>
internal static class UpsertSeed
{
    public static BsonDocument Create(BsonDocument filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var equalities = new List<(string Path, BsonValue Value)>();
        Collect(filter, equalities);
        var seed = BsonDocument.Empty;
        var written = new List<string>();
        foreach (var (path, value) in equalities)
        {
            // Server: code 54 from the upsert path extraction (update/path_support).
            if (written.FirstOrDefault(w => w == path) is { } same)
            {
                throw QueryErrors.NotSingleValueField($"cannot infer query fields to set, path '{same}' is matched twice");
            }

            if (written.FirstOrDefault(w => path.StartsWith(w + ".", StringComparison.Ordinal) || w.StartsWith(path + ".", StringComparison.Ordinal)) is { } overlapping)
            {
                throw QueryErrors.NotSingleValueField($"cannot infer query fields to set, both paths '{path}' and '{overlapping}' are matched");
            }

            written.Add(path);
            var segments = path.Split('.');
            seed = (BsonDocument)(Set(seed, segments, 0, value) ?? seed);
        }

        var id = seed.IndexOf("_id");
        return id > 0 ? new BsonDocument([seed[id], .. seed.Where((_, i) => i != id)]) : seed;
    }

    private static void Collect(BsonDocument filter, List<(string Path, BsonValue Value)> equalities)
    {
        foreach (var (name, value) in filter)
        {
            if (name is "$and" && value is BsonArray clauses)
            {
                foreach (var clause in clauses.OfType<BsonDocument>())
                {
                    Collect(clause, equalities);
                }
            }
            else if (name is "$or" && value is BsonArray { Count: 1 } only && only[0] is BsonDocument single)
            {
                Collect(single, equalities);
            }
            else if (!name.StartsWith('$') && !name.Split('.').Any(s => s.StartsWith('$')) && EqualityValue(value) is { } equal)
            {
                equalities.Add((name, equal));
            }
        }
    }

    private static BsonValue? EqualityValue(BsonValue value)
    {
        if (value is BsonRegularExpression)
        {
            return null;
        }

        if (value is not BsonDocument operators || !FilterParser.IsOperatorDocument(operators))
        {
            return value;
        }

        var eq = operators.GetValueOrDefault("$eq") ?? (operators.GetValueOrDefault("$in") is BsonArray { Count: 1 } one ? one[0] : null);
        return eq is null or BsonRegularExpression ? null : eq;
    }

    /// <summary>Sets a dotted path, creating documents; a path through an existing non-document is left alone.</summary>
    private static BsonDocument? Set(BsonDocument document, string[] segments, int index, BsonValue value)
    {
        if (index == segments.Length - 1)
        {
            return document.With(segments[index], value);
        }

        var child = document.GetValueOrDefault(segments[index]);
        if (child is not null and not BsonDocument)
        {
            return null;
        }

        return Set((BsonDocument?)child ?? BsonDocument.Empty, segments, index + 1, value) is { } updated
            ? document.With(segments[index], updated)
            : null;
    }
}
