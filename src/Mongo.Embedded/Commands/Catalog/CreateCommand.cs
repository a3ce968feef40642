using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Catalog;

/// <summary>
/// create: makes an empty collection. Repeating it with the same options succeeds, with other options it fails
/// with NamespaceExists (server behaviour since 7.0). Options are kept for listCollections but not enforced
/// (no capped collections, validators or views).
/// </summary>
internal sealed class CreateCommand : ICommandHandler
{
    // Fields of the create command that are not collection options (generic arguments, manual "create").
    private static readonly HashSet<string> GenericArguments = new(StringComparer.Ordinal)
    {
        "create", "$db", "lsid", "txnNumber", "writeConcern", "comment", "maxTimeMS", "$clusterTime", "$readPreference", "apiVersion", "apiStrict", "apiDeprecationErrors",
    };

    public IReadOnlyList<string> Names { get; } = ["create"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        if (context.Body.TryGetValue("viewOn", out _))
        {
            throw new CommandException(238, "NotImplemented", "views are not supported by the embedded server");
        }

        var options = new BsonDocument(context.Body.Where(e => !GenericArguments.Contains(e.Name)));
        if (context.Server.Catalog.TryCreate(context.DatabaseName, name, options, out var existing) is null && !existing!.Options.Equals(options))
        {
            throw ServerErrors.NamespaceExists($"Collection {context.DatabaseName}.{name} already exists.");
        }

        return BsonDocument.Empty;
    }
}
