using Serverless.Bson;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Indexes;

/// <summary>
/// dropIndexes: by name, by key pattern, a list of names, or "*" for all but _id (manual "dropIndexes").
/// The _id index cannot be dropped.
/// </summary>
internal sealed class DropIndexesCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dropIndexes", "deleteIndexes"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var ns = $"{context.DatabaseName}.{name}";
        var collection = context.Server.Catalog.Find(context.DatabaseName, name)
            ?? throw ServerErrors.NamespaceNotFound($"ns not found {ns}");
        var target = context.Body.GetValueOrDefault("index")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'dropIndexes.index' is missing but a required field");
        var count = collection.Write(table =>
        {
            var before = table.Indexes.Count;
            foreach (var indexName in Resolve(context, table, target))
            {
                table.DropIndex(indexName);
            }

            return before;
        });
        return [new("nIndexesWas", count)];
    }

    private static List<string> Resolve(CommandContext context, DocumentTable table, BsonValue target)
    {
        switch (target)
        {
            case BsonString { Value: "*" }:
                return [.. table.Indexes.Skip(1).Select(i => i.Name)];
            case BsonString s:
                return [Check(table, s.Value)];
            case BsonArray names:
                return [.. names.Select(n => n is BsonString ns ? Check(table, ns.Value) : throw CommandFields.WrongType(context, "index", n, "string"))];
            case BsonDocument key:
                var match = table.Indexes.FirstOrDefault(i => i.Key.Equals(key))
                    ?? throw ServerErrors.IndexNotFound($"can't find index with key: {key}");
                return [Check(table, match.Name)];
            default:
                throw CommandFields.WrongType(context, "index", target, "string");
        }
    }

    private static string Check(DocumentTable table, string name)
    {
        if (string.Equals(name, IndexDescription.IdIndexName, StringComparison.Ordinal))
        {
            throw ServerErrors.InvalidOptions("cannot drop _id index");
        }

        return table.Indexes.Any(i => string.Equals(i.Name, name, StringComparison.Ordinal))
            ? name
            : throw ServerErrors.IndexNotFound($"index not found with name [{name}]");
    }
}
