using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Commands.Catalog;

/// <summary>listDatabases: every database with a collection (manual "listDatabases"); sizes are BSON bytes.</summary>
internal sealed class ListDatabasesCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["listDatabases"];

    public BsonDocument Execute(CommandContext context)
    {
        var nameOnly = CommandFields.Boolean(context, "nameOnly", defaultValue: false);
        var filter = CommandFields.Document(context, "filter") is { } f ? QueryFilter.Parse(f) : QueryFilter.Empty;
        var catalog = context.Server.Catalog;
        var entries = new List<BsonValue>();
        long total = 0;
        foreach (var database in catalog.DatabaseNames())
        {
            var size = catalog.Collections(database).Sum(c => c.Snapshot().Sum(d => (long)BsonCodec.Encode(d).Length));
            BsonDocument entry = nameOnly
                ? [new("name", database)]
                : [new("name", database), new("sizeOnDisk", size), new("empty", size == 0)];
            if (filter.Matches(entry))
            {
                entries.Add(entry);
                total += size;
            }
        }

        return nameOnly
            ? [new("databases", new BsonArray(entries))]
            : [new("databases", new BsonArray(entries)), new("totalSize", total), new("totalSizeMb", total / (1024 * 1024))];
    }
}
