using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Indexes;

/// <summary>listIndexes: a cursor over the collection's indexes, _id first (manual "listIndexes").</summary>
internal sealed class ListIndexesCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["listIndexes"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var ns = $"{context.DatabaseName}.{name}";
        var collection = context.Server.Catalog.Find(context.DatabaseName, name)
            ?? throw ServerErrors.NamespaceNotFound($"ns does not exist: {ns}");
        var batchSize = CommandFields.Document(context, "cursor")?.GetValueOrDefault("batchSize") is BsonInt32 { Value: >= 0 } size ? size.Value : (int?)null;
        var indexes = collection.Read(table => table.Indexes).Select(i => i.ToDocument()).ToList();
        return context.Server.Cursors.OpenCursor(ns, indexes, batchSize, singleBatch: false, context.Server.Time);
    }
}
