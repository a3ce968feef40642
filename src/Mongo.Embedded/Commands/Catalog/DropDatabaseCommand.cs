using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Commands.Catalog;

/// <summary>dropDatabase: removes the $db database and all its collections (manual "dropDatabase").</summary>
internal sealed class DropDatabaseCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dropDatabase"];

    public BsonDocument Execute(CommandContext context)
    {
        context.Server.Catalog.DropDatabase(context.DatabaseName);
        return BsonDocument.Empty;
    }
}
