using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Catalog;

/// <summary>listCollections: a cursor over the database's collections, filterable by name/type/options (manual "listCollections").</summary>
internal sealed class ListCollectionsCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["listCollections"];

    public BsonDocument Execute(CommandContext context)
    {
        var nameOnly = CommandFields.Boolean(context, "nameOnly", defaultValue: false);
        var filter = CommandFields.Document(context, "filter") is { } f ? QueryFilter.Parse(f) : QueryFilter.Empty;
        var batchSize = CommandFields.Document(context, "cursor")?.GetValueOrDefault("batchSize") switch
        {
            null => (int?)null,
            BsonInt32 i when i.Value >= 0 => i.Value,
            BsonInt64 l when l.Value >= 0 => (int)Math.Min(l.Value, int.MaxValue),
            var other => throw ServerErrors.BadValue($"cursor.batchSize must be a non-negative integer, not {other}"),
        };

        var entries = context.Server.Catalog.Collections(context.DatabaseName)
            .Select(c => Describe(c, nameOnly))
            .Where(filter.Matches)
            .ToList();
        return context.Server.Cursors.OpenCursor($"{context.DatabaseName}.$cmd.listCollections", entries, batchSize, singleBatch: false, context.Server.Time);
    }

    private static BsonDocument Describe(StoredCollection collection, bool nameOnly) =>
        nameOnly
            ? [new("name", collection.Name), new("type", "collection")]
            :
            [
                new("name", collection.Name),
                new("type", "collection"),
                new("options", collection.Options),
                new("info", new BsonDocument(new BsonElement("readOnly", false))),
                new("idIndex", IndexDescription.IdIndex.ToDocument()),
            ];
}
