using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// distinct: the distinct values of a field among matching documents; array values contribute their elements
/// (manual "distinct", "Array Fields"). Values are returned in MongoDB sort order, as the server's index-less
/// plan happens to produce them sorted too.
/// </summary>
internal sealed class DistinctCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["distinct"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var key = CommandFields.String(context, "key")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'distinct.key' is missing but a required field");
        if (!BsonPath.TryParse(key, out var path))
        {
            throw ServerErrors.BadValue($"FieldPath field names may not be empty strings: '{key}'");
        }

        var filter = FindCommand.ParseFilter(context, "query");
        var request = new QueryRequest(filter);
        // Under a collation, values equal by it are one value: the first one met stands for them (manual
        // "distinct", "Collation"); keys order the result as the collation does.
        var collation = filter.Collation;
        var values = new SortedDictionary<BsonValue, BsonValue>(BsonValueComparer.Instance);
        foreach (var document in QueryRunner.Run(context.Server.Catalog.Find(context.DatabaseName, name), request, context.Deadline))
        {
            foreach (var value in path.Expand(document, BsonPathLeafArrays.ElementsOnly))
            {
                values.TryAdd(collation is null ? value : collation.Key(value), value);
            }
        }

        return [new("values", new BsonArray(values.Values))];
    }
}
