using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Conformance;

/// <summary>
/// Just enough of a collection to replay the CRUD spec operations through the query engine alone: documents
/// in insertion order, and each operation written the way the server composes filter, sort, projection and
/// update. It checks the engine's answers, not the server's command layer.
/// </summary>
internal sealed class InMemoryCollection(IEnumerable<BsonDocument> documents)
{
    private readonly List<BsonDocument> _documents = [.. documents];

    public IReadOnlyList<BsonDocument> Documents => _documents;

    private static readonly Dictionary<string, Func<InMemoryCollection, BsonDocument, BsonValue>> Operations = new(StringComparer.Ordinal)
    {
        ["find"] = (c, a) => new BsonArray(c.Find(a)),
        ["findOne"] = (c, a) => c.Find(a).FirstOrDefault() ?? (BsonValue)BsonNull.Value,
        ["countDocuments"] = (c, a) => new BsonInt64(c.Find(a.Without("projection")).Count),
        ["count"] = (c, a) => new BsonInt64(c.Find(a).Count),
        ["estimatedDocumentCount"] = (c, _) => new BsonInt64(c._documents.Count),
        ["bulkWrite"] = (c, a) => c.BulkWrite(a["requests"].AsArray, a.GetValueOrDefault("ordered") is not BsonBoolean { Value: false }, a.GetValueOrDefault("let")),
        ["deleteOne"] = (c, a) => c.Delete(a, many: false),
        ["deleteMany"] = (c, a) => c.Delete(a, many: true),
        ["updateOne"] = (c, a) => c.Update(a, a["update"], many: false),
        ["updateMany"] = (c, a) => c.Update(a, a["update"], many: true),
        ["replaceOne"] = (c, a) => c.Update(a, a["replacement"], many: false),
        ["findOneAndUpdate"] = (c, a) => c.FindAndModify(a, a["update"]),
        ["findOneAndReplace"] = (c, a) => c.FindAndModify(a, a["replacement"]),
        ["findOneAndDelete"] = (c, a) => c.FindAndModify(a, update: null),
        ["insertOne"] = (c, a) => new BsonDocument(new BsonElement("insertedId", c.Insert([a["document"].AsDocument], ordered: true)[0])),
        ["insertMany"] = (c, a) => new BsonDocument(new BsonElement("insertedIds", new BsonDocument(
            c.Insert(a["documents"].AsArray.Select(d => d.AsDocument), a.GetValueOrDefault("ordered") is not BsonBoolean { Value: false })
                .Select((id, i) => new BsonElement(i.ToString(System.Globalization.CultureInfo.InvariantCulture), id))))),
    };

    public static bool Supports(string operation) => Operations.ContainsKey(operation);

    public BsonValue Execute(string operation, BsonDocument arguments) => Operations[operation](this, arguments);

    private List<BsonDocument> Find(BsonDocument arguments)
    {
        var filter = Filter(arguments);
        var matching = _documents.Where(filter.Matches);
        if (arguments.GetValueOrDefault("sort") is BsonDocument sort)
        {
            matching = matching.Order(SortSpec.Parse(sort));
        }

        if (arguments.GetValueOrDefault("skip") is { } skip)
        {
            matching = matching.Skip((int)Number(skip));
        }

        if (arguments.GetValueOrDefault("limit") is { } limit && Number(limit) != 0)
        {
            matching = matching.Take((int)Math.Abs(Number(limit)));
        }

        var projection = arguments.GetValueOrDefault("projection") is BsonDocument p ? Projection.Parse(p) : null;
        return matching.Select(d => projection?.Apply(d, filter) ?? d).ToList();
    }

    /// <summary>
    /// The driver's bulkWrite: each request runs as its single-operation form and the counts add up; an
    /// ordered bulk stops at the first error, an unordered one reports it after trying the rest.
    /// </summary>
    private BsonDocument BulkWrite(BsonArray requests, bool ordered, BsonValue? let)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["deletedCount"] = 0, ["insertedCount"] = 0, ["matchedCount"] = 0, ["modifiedCount"] = 0, ["upsertedCount"] = 0,
        };
        var upserted = new List<BsonElement>();
        Exception? failure = null;
        for (var i = 0; i < requests.Count; i++)
        {
            var (name, arguments) = requests[i].AsDocument[0];
            try
            {
                // The bulk's let applies to every request (bulkWrite "let" option).
                var requestArguments = let is null ? arguments.AsDocument : arguments.AsDocument.With("let", let);
                var result = Execute(name, requestArguments).AsDocument;
                totals["insertedCount"] += result.Contains("insertedId") ? 1 : 0;
                foreach (var (field, value) in result.Where(e => totals.ContainsKey(e.Name)))
                {
                    totals[field] += value.AsInt32;
                }

                if (result.GetValueOrDefault("upsertedId") is { } id)
                {
                    upserted.Add(new(i.ToString(System.Globalization.CultureInfo.InvariantCulture), id));
                }
            }
            catch (Exception e) when (e is QueryException or InvalidOperationException)
            {
                failure ??= e;
                if (ordered)
                {
                    break;
                }
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return new BsonDocument(totals.Select(t => new BsonElement(t.Key, t.Value)).Append(new BsonElement("upsertedIds", new BsonDocument(upserted))));
    }

    private BsonDocument Delete(BsonDocument arguments, bool many)
    {
        var filter = Filter(arguments);
        var victims = _documents.Where(filter.Matches).Take(many ? int.MaxValue : 1).ToList();
        _documents.RemoveAll(victims.Contains);
        return [new("deletedCount", victims.Count)];
    }

    private BsonDocument Update(BsonDocument arguments, BsonValue update, bool many)
    {
        var filter = Filter(arguments);
        var spec = UpdateSpec.Parse(update.AsDocument, arguments.GetValueOrDefault("arrayFilters") as BsonArray);
        IEnumerable<int> positions = Enumerable.Range(0, _documents.Count).Where(i => filter.Matches(_documents[i]));
        if (arguments.GetValueOrDefault("sort") is BsonDocument sort)
        {
            var order = SortSpec.Parse(sort);
            positions = positions.OrderBy(i => _documents[i], order);
        }

        var targets = positions.Take(many ? int.MaxValue : 1).ToList();
        if (targets.Count == 0 && Flag(arguments, "upsert"))
        {
            var inserted = Upsert(spec, filter);
            return [new("matchedCount", 0), new("modifiedCount", 0), new("upsertedCount", 1), new("upsertedId", inserted["_id"])];
        }

        // Every document is updated from the same parsed spec, then all are stored (the server's multi-update).
        var modified = 0;
        foreach (var i in targets)
        {
            var updated = spec.Apply(_documents[i], isUpsertInsert: false, filter);
            modified += updated.Equals(_documents[i]) ? 0 : 1;
            _documents[i] = updated;
        }

        return [new("matchedCount", targets.Count), new("modifiedCount", modified), new("upsertedCount", 0)];
    }

    private BsonValue FindAndModify(BsonDocument arguments, BsonValue? update)
    {
        var filter = Filter(arguments);
        var candidates = Enumerable.Range(0, _documents.Count).Where(i => filter.Matches(_documents[i]));
        if (arguments.GetValueOrDefault("sort") is BsonDocument sort)
        {
            var order = SortSpec.Parse(sort);
            candidates = candidates.OrderBy(i => _documents[i], order);
        }

        var projection = arguments.GetValueOrDefault("projection") is BsonDocument p ? Projection.Parse(p) : null;
        var returnAfter = arguments.GetValueOrDefault("returnDocument") is BsonString { Value: "After" };
        var target = candidates.Select(i => (int?)i).FirstOrDefault();
        BsonDocument? result;
        if (update is null)
        {
            result = target is { } t ? _documents[t] : null;
            if (target is { } victim)
            {
                _documents.RemoveAt(victim);
            }
        }
        else
        {
            var spec = UpdateSpec.Parse(update.AsDocument, arguments.GetValueOrDefault("arrayFilters") as BsonArray);
            if (target is { } t)
            {
                var before = _documents[t];
                _documents[t] = spec.Apply(before, isUpsertInsert: false, filter);
                result = returnAfter ? _documents[t] : before;
            }
            else
            {
                result = Flag(arguments, "upsert") ? Upsert(spec, filter) : null;
                result = returnAfter ? result : null;
            }
        }

        return result is null ? BsonNull.Value : projection?.Apply(result, filter) ?? result;
    }

    /// <summary>Inserts in order; unordered inserts go on past a duplicate _id and report it at the end.</summary>
    private List<BsonValue> Insert(IEnumerable<BsonDocument> documents, bool ordered)
    {
        var ids = new List<BsonValue>();
        string? duplicate = null;
        foreach (var document in documents)
        {
            var stored = document.Contains("_id") ? document : new BsonDocument([new("_id", ObjectId.GenerateNewId()), .. document]);
            if (_documents.Any(d => BsonValueComparer.Instance.Equals(d["_id"], stored["_id"])))
            {
                duplicate ??= $"E11000 duplicate key error: _id {stored["_id"]}";
                if (ordered)
                {
                    break;
                }

                continue;
            }

            _documents.Add(stored);
            ids.Add(stored["_id"]);
        }

        return duplicate is null ? ids : throw new InvalidOperationException(duplicate);
    }

    private BsonDocument Upsert(UpdateSpec spec, QueryFilter filter)
    {
        var inserted = spec.Apply(UpdateSpec.CreateUpsertSeed(filter.Source), isUpsertInsert: true, filter);
        if (!inserted.Contains("_id"))
        {
            inserted = new BsonDocument([new("_id", ObjectId.GenerateNewId()), .. inserted]);
        }

        _documents.Add(inserted);
        return inserted;
    }

    private static QueryFilter Filter(BsonDocument arguments) =>
        arguments.GetValueOrDefault("filter") is BsonDocument filter
            ? QueryFilter.Parse(filter, arguments.GetValueOrDefault("let") as BsonDocument)
            : QueryFilter.Empty;

    private static bool Flag(BsonDocument arguments, string name) => arguments.GetValueOrDefault(name) is BsonBoolean { Value: true };

    private static double Number(BsonValue value) =>
        value switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            _ => value.AsDouble,
        };
}
