using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>killCursors: closes cursors, reporting killed and not-found ids (manual "killCursors").</summary>
internal sealed class KillCursorsCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["killCursors"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var cursors = CommandFields.Array(context, "cursors")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'killCursors.cursors' is missing but a required field");
        var ids = cursors.Select(value => value is BsonInt64 l ? l.Value : throw CommandFields.WrongType(context, "cursors", value, "long")).ToList();
        var (killed, notFound) = context.Server.Cursors.Kill(ids, $"{context.DatabaseName}.{name}");
        return
        [
            new("cursorsKilled", new BsonArray(killed.Select(id => (BsonValue)id))),
            new("cursorsNotFound", new BsonArray(notFound.Select(id => (BsonValue)id))),
            new("cursorsAlive", BsonArray.Empty),
            new("cursorsUnknown", BsonArray.Empty),
        ];
    }
}
