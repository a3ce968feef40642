using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Indexes;

/// <summary>
/// createIndexes: ascending/descending single-field and compound indexes, optionally unique (manual
/// "createIndexes"). Special index types (text, 2dsphere, hashed…) are refused rather than silently ignored.
/// </summary>
internal sealed class CreateIndexesCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["createIndexes"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var specs = CommandFields.Array(context, "indexes")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'createIndexes.indexes' is missing but a required field");
        if (specs.Count == 0)
        {
            throw ServerErrors.BadValue("Must specify at least one index to create");
        }

        var descriptions = specs.Select(spec => Parse(context, spec)).ToList();
        var created = context.Server.Catalog.Find(context.DatabaseName, name) is null;
        var collection = context.Server.Catalog.GetOrCreate(context.DatabaseName, name);
        var (before, after) = collection.Write(table =>
        {
            var count = table.Indexes.Count;
            foreach (var description in descriptions)
            {
                table.CreateIndex(description);
            }

            return (count, table.Indexes.Count);
        });

        List<BsonElement> reply = [new("numIndexesBefore", before), new("numIndexesAfter", after), new("createdCollectionAutomatically", created)];
        if (before == after)
        {
            reply.Add(new("note", "all indexes already exist"));
        }

        return new BsonDocument(reply);
    }

    private static IndexDescription Parse(CommandContext context, BsonValue value)
    {
        if (value is not BsonDocument spec)
        {
            throw CommandFields.WrongType(context, "indexes", value, "object");
        }

        if (spec.GetValueOrDefault("key") is not BsonDocument { Count: > 0 } key)
        {
            throw ServerErrors.FailedToParse($"Error in specification {spec} :: caused by :: The 'key' field is a required property of an index specification and must be a non-empty object");
        }

        foreach (var (field, direction) in key)
        {
            if (!BsonPath.TryParse(field, out _) || field.StartsWith('$'))
            {
                throw new CommandException(67, "CannotCreateIndex", $"Error in specification {spec} :: caused by :: index keys cannot be empty, contain empty segments or start with '$': '{field}'");
            }

            if (direction is not (BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128) || BsonValueComparer.Instance.Equals(direction, 0))
            {
                throw new CommandException(67, "CannotCreateIndex", $"Error in specification {spec} :: caused by :: index type {direction} for field '{field}' is not supported by the embedded server; only 1 and -1 are");
            }
        }

        var name = spec.GetValueOrDefault("name") switch
        {
            null => IndexDescription.DefaultName(key),
            BsonString { Value.Length: > 0 } s => s.Value,
            var other => throw ServerErrors.TypeMismatch($"Error in specification {spec} :: caused by :: The 'name' field must be a non-empty string, not {other}"),
        };
        var unique = spec.GetValueOrDefault("unique") is { } flag && flag is not BsonBoolean { Value: false } && !BsonValueComparer.Instance.Equals(flag, 0);
        if (string.Equals(name, IndexDescription.IdIndexName, StringComparison.Ordinal) && !key.Equals(IndexDescription.IdIndex.Key))
        {
            throw ServerErrors.BadValue($"The index name '_id_' is reserved for the _id index, which must have key {{ _id: 1 }}, not {key}");
        }

        return string.Equals(name, IndexDescription.IdIndexName, StringComparison.Ordinal) ? IndexDescription.IdIndex : new IndexDescription(name, key, unique);
    }
}
