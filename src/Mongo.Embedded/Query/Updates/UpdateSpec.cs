using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// A parsed update: update operators (manual "Update Operators"), a replacement document (no key starting
/// with '$'), or an aggregation pipeline (manual "Updates with Aggregation Pipeline", run by the caller's
/// engine through <see cref="FromPipeline"/>). Immutable and thread-safe; <see cref="Apply(BsonDocument, bool, QueryFilter?)"/>
/// returns the updated copy.
/// </summary>
public sealed class UpdateSpec
{
    private readonly IReadOnlyList<FieldUpdate> _updates;
    private readonly BsonDocument? _replacement;
    private readonly ArrayFilterSet _arrayFilters;
    private readonly TimeProvider _clock;
    private readonly Func<BsonDocument, BsonDocument>? _pipeline;

    private UpdateSpec(BsonDocument source, IReadOnlyList<FieldUpdate> updates, BsonDocument? replacement, ArrayFilterSet arrayFilters, TimeProvider clock, Func<BsonDocument, BsonDocument>? pipeline = null)
    {
        _pipeline = pipeline;
        Source = source;
        _updates = updates;
        _replacement = replacement;
        _arrayFilters = arrayFilters;
        _clock = clock;
    }

    public BsonDocument Source { get; }

    /// <summary>True when the update is a replacement document rather than operators.</summary>
    public bool IsReplacement => _replacement is not null;

    /// <summary>True when applying needs the query filter (a positional <c>$</c> path).</summary>
    public bool UsesPositional => _updates.Any(u => u.WrittenPaths.Any(p => p.Segments.Contains("$")));

    public static UpdateSpec Parse(BsonDocument update, BsonArray? arrayFilters) => Parse(update, arrayFilters, TimeProvider.System);

    /// <param name="clock">The time $currentDate writes.</param>
    /// <exception cref="QueryException">The update is malformed, its paths conflict or an array filter is wrong or unused.</exception>
    public static UpdateSpec Parse(BsonDocument update, BsonArray? arrayFilters, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(clock);
        var filters = ArrayFilterSet.Parse(arrayFilters);
        if (update.Count == 0 || !update[0].Name.StartsWith('$'))
        {
            foreach (var name in update.Names.Where(n => n.StartsWith('$')))
            {
                throw QueryErrors.DollarPrefixedFieldName(
                    $"The dollar ($) prefixed field '{name}' in '{name}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.");
            }

            return filters.Identifiers.Any()
                ? throw QueryErrors.FailedToParse($"The array filter for identifier '{filters.Identifiers.First()}' was not used in the update {update}")
                : new UpdateSpec(update, [], update, filters, clock);
        }

        var updates = update.SelectMany(e => UpdateOperators.Parse(e.Name, e.Value)).ToList();
        CheckConflicts(updates);
        CheckIdentifiers(update, updates, filters);
        return new UpdateSpec(update, updates, null, filters, clock);
    }

    /// <summary>
    /// A pipeline-style update: <paramref name="apply"/> runs the stages over one document. The query engine
    /// does not know the aggregation engine, so the command layer passes the pipeline in as a function.
    /// </summary>
    public static UpdateSpec FromPipeline(BsonArray stages, Func<BsonDocument, BsonDocument> apply, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(apply);
        return new UpdateSpec(new BsonDocument([new("pipeline", stages)]), [], null, ArrayFilterSet.Parse(null), clock, apply);
    }

    /// <summary>The document an upsert starts from: the filter's equality conditions (see <see cref="UpsertSeed"/>).</summary>
    public static BsonDocument CreateUpsertSeed(BsonDocument filter) => UpsertSeed.Create(filter);

    public BsonDocument Apply(BsonDocument document, bool isUpsertInsert) => Apply(document, isUpsertInsert, filter: null);

    /// <param name="document">The stored document, or the upsert seed when <paramref name="isUpsertInsert"/>.</param>
    /// <param name="isUpsertInsert">True when an upsert inserts: $setOnInsert then applies.</param>
    /// <param name="filter">The query's filter; the positional <c>$</c> needs it to know which element matched.</param>
    /// <exception cref="QueryException">The update cannot apply to this document (types, paths, or _id changes).</exception>
    public BsonDocument Apply(BsonDocument document, bool isUpsertInsert, QueryFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_replacement is not null)
        {
            return Replace(document, _replacement);
        }

        if (_pipeline is not null)
        {
            var transformed = _pipeline(document);
            // Manual "Updates with Aggregation Pipeline": a stage that drops _id (e.g. $replaceRoot) keeps the
            // stored document's _id; only a different _id is an error.
            if (!transformed.Contains("_id") && document.TryGetValue("_id", out var id))
            {
                transformed = new BsonDocument([new("_id", id), .. transformed]);
            }

            CheckIdUnchanged(document, transformed);
            return isUpsertInsert ? IdFirst(transformed) : transformed;
        }

        var context = new UpdateContext(document, filter, _arrayFilters, isUpsertInsert, _clock.GetUtcNow());
        var changes = _updates.SelectMany(u => u.Plan(context)).ToList();

        // Manual "$set" (5.0+): fields are updated in lexicographic order, numeric names in numeric order.
        changes.Sort((x, y) => PathOrder.Compare(x.Path, y.Path));
        var result = changes.Aggregate(document, DocumentWriter.Apply);
        CheckIdUnchanged(document, result);
        return isUpsertInsert ? IdFirst(result) : result;
    }

    private static BsonDocument Replace(BsonDocument document, BsonDocument replacement)
    {
        if (!document.TryGetValue("_id", out var id))
        {
            return IdFirst(replacement);
        }

        if (replacement.TryGetValue("_id", out var newId) && !newId.Equals(id))
        {
            throw QueryErrors.ImmutableField(
                $"After applying the update, the (immutable) field '_id' was found to have been altered to _id: {newId}");
        }

        return new BsonDocument([new BsonElement("_id", id), .. replacement.Where(e => e.Name != "_id")]);
    }

    private static void CheckIdUnchanged(BsonDocument before, BsonDocument after)
    {
        if (before.TryGetValue("_id", out var id) && (!after.TryGetValue("_id", out var now) || !now.Equals(id)))
        {
            throw QueryErrors.ImmutableField("Performing an update on the path '_id' would modify the immutable field '_id'");
        }
    }

    private static BsonDocument IdFirst(BsonDocument document) =>
        document.IndexOf("_id") is > 0 and var at
            ? new BsonDocument([document[at], .. document.Where((_, i) => i != at)])
            : document;

    private static void CheckConflicts(List<FieldUpdate> updates)
    {
        var seen = new List<UpdatePath>();
        foreach (var path in updates.SelectMany(u => u.WrittenPaths))
        {
            if (seen.FirstOrDefault(p => p.Overlaps(path)) is { } other)
            {
                var shorter = other.Segments.Length <= path.Segments.Length ? other : path;
                throw QueryErrors.ConflictingUpdateOperators($"Updating the path '{path.Text}' would create a conflict at '{shorter.Text}'");
            }

            seen.Add(path);
        }
    }

    private static void CheckIdentifiers(BsonDocument update, List<FieldUpdate> updates, ArrayFilterSet filters)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in updates.SelectMany(u => u.WrittenPaths))
        {
            foreach (var identifier in path.Identifiers)
            {
                if (!filters.Contains(identifier))
                {
                    throw QueryErrors.BadValue($"No array filter found for identifier '{identifier}' in path '{path.Text}'");
                }

                used.Add(identifier);
            }
        }

        foreach (var identifier in filters.Identifiers.Where(i => !used.Contains(i)))
        {
            throw QueryErrors.FailedToParse($"The array filter for identifier '{identifier}' was not used in the update {update}");
        }
    }
}
