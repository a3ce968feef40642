using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>getMore: the next batch of an open cursor (manual "getMore").</summary>
internal sealed class GetMoreCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["getMore"];

    public BsonDocument Execute(CommandContext context)
    {
        var id = context.Body[0].Value switch
        {
            BsonInt64 l => l.Value,
            var other => throw CommandFields.WrongType(context, "getMore", other, "long"),
        };
        var collection = CommandFields.String(context, "collection")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'getMore.collection' is missing but a required field");
        NamespaceRules.ValidateCollectionName(context.DatabaseName, collection);
        var batchSize = CommandFields.NonNegativeInt(context, "batchSize");
        return context.Server.Cursors.GetMore(id, $"{context.DatabaseName}.{collection}", batchSize, context.Server.Time);
    }
}
