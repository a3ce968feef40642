using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// $merge: each result is matched to a target document by the "on" fields (default _id) and then replaces,
/// merges into, keeps or fails on it (whenMatched), or is inserted, discarded or fails (whenNotMatched)
/// (manual "$merge"). Pipeline-valued whenMatched is not supported.
/// </summary>
internal sealed class MergeStage(string database, string collection, IReadOnlyList<string> on, string whenMatched, string whenNotMatched) : OutputStage
{
    private static readonly HashSet<string> MatchedModes = new(StringComparer.Ordinal) { "replace", "keepExisting", "merge", "fail" };
    private static readonly HashSet<string> NotMatchedModes = new(StringComparer.Ordinal) { "insert", "discard", "fail" };

    public static MergeStage Parse(BsonValue specification, string database)
    {
        var spec = specification as BsonDocument ?? new BsonDocument([new("into", specification)]);
        foreach (var name in spec.Names.Where(n => n is not ("into" or "on" or "let" or "whenMatched" or "whenNotMatched")))
        {
            throw new CommandException(40415, "Location40415", $"BSON field '$merge.{name}' is an unknown field.");
        }

        var (db, collection) = Target(spec.GetValueOrDefault("into") ?? throw ServerErrors.FailedToParse("$merge needs 'into'"), database, "$merge", "coll");
        IReadOnlyList<string> on = spec.GetValueOrDefault("on") switch
        {
            null => ["_id"],
            BsonString field => [field.Value],
            BsonArray fields when fields.Count > 0 && fields.All(f => f is BsonString) => fields.Select(f => f.AsString).ToList(),
            var other => throw ServerErrors.FailedToParse($"$merge 'on' must be a field name or an array of them, not {other}"),
        };
        var whenMatched = spec.GetValueOrDefault("whenMatched") switch
        {
            null => "merge",
            BsonString mode when MatchedModes.Contains(mode.Value) => mode.Value,
            BsonArray => throw new CommandException(238, "NotImplemented", "a pipeline for $merge whenMatched is not supported by the embedded server"),
            var other => throw ServerErrors.BadValue($"Enumeration value '{other}' for field 'whenMatched' is not a valid value."),
        };
        var whenNotMatched = spec.GetValueOrDefault("whenNotMatched") switch
        {
            null => "insert",
            BsonString mode when NotMatchedModes.Contains(mode.Value) => mode.Value,
            var other => throw ServerErrors.BadValue($"Enumeration value '{other}' for field 'whenNotMatched' is not a valid value."),
        };
        return new MergeStage(db, collection, on, whenMatched, whenNotMatched);
    }

    public override void Write(Storage.Catalog catalog, IReadOnlyList<BsonDocument> results) =>
        catalog.GetOrCreate(database, collection).Write(table =>
        {
            foreach (var result in results)
            {
                var document = WithId(result);
                var existing = Find(table, document);
                if (existing is null)
                {
                    WriteUnmatched(table, document);
                    continue;
                }

                switch (whenMatched)
                {
                    case "keepExisting":
                        break;
                    case "fail":
                        throw new DuplicateKeyException(
                            $"{database}.{collection}",
                            on is ["_id"] ? "_id_" : string.Join('_', on.Select(f => f + "_1")),
                            new BsonDocument(on.Select(f => new BsonElement(f, 1))),
                            new BsonDocument(on.Select(f => new BsonElement(f, document.GetValueOrDefault(f) ?? BsonNull.Value))));
                    case "replace":
                        table.Replace(existing, Keep(existing, document, "_id"));
                        break;
                    default:
                        var merged = existing;
                        foreach (var (name, value) in document.Where(e => e.Name != "_id"))
                        {
                            merged = merged.With(name, value);
                        }

                        table.Replace(existing, merged);
                        break;
                }
            }

            return results.Count;
        });

    // The target keeps its own _id when the match was on other fields (the result's generated _id is not its).
    private static BsonDocument Keep(BsonDocument existing, BsonDocument replacement, string field) =>
        new([new(field, existing[field]), .. replacement.Where(e => e.Name != field)]);

    private void WriteUnmatched(DocumentTable table, BsonDocument document)
    {
        switch (whenNotMatched)
        {
            case "discard":
                return;
            case "fail":
                throw new CommandException(13113, "MergeStageNoMatchingDocument", $"$merge could not find a matching document in the target collection for at least one document in the source collection");
            default:
                table.Insert(document);
                return;
        }
    }

    private BsonDocument? Find(DocumentTable table, BsonDocument document)
    {
        if (on is ["_id"])
        {
            return table.FindById(document["_id"]);
        }

        var keys = on.Select(f => document.GetValueOrDefault(f)).ToList();
        if (keys.Any(k => k is null or BsonNull or BsonArray))
        {
            throw new CommandException(51132, "Location51132", $"$merge write error: 'on' field cannot be missing, null or an array: {document}");
        }

        return table.Snapshot().FirstOrDefault(candidate =>
            on.Select((field, i) => candidate.GetValueOrDefault(field) is { } value && BsonValueComparer.Instance.Equals(value, keys[i]!)).All(equal => equal));
    }
}
