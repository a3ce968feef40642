using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Catalog;

/// <summary>drop: removes a collection; dropping a missing one succeeds (server behaviour since 7.0).</summary>
internal sealed class DropCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["drop"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var catalog = context.Server.Catalog;
        var indexes = catalog.Find(context.DatabaseName, name)?.Read(table => table.Indexes.Count) ?? 0;
        catalog.Drop(context.DatabaseName, name);
        return indexes == 0
            ? BsonDocument.Empty
            : [new("nIndexesWas", indexes), new("ns", $"{context.DatabaseName}.{name}")];
    }
}
