using Serverless.Mongo.Embedded.Commands.Admin;
using Serverless.Mongo.Embedded.Commands.Catalog;
using Serverless.Mongo.Embedded.Commands.Crud;
using Serverless.Mongo.Embedded.Commands.Indexes;

namespace Serverless.Mongo.Embedded.Commands;

/// <summary>The commands this server implements; anything else is CommandNotFound (59).</summary>
internal static class CommandRegistry
{
    public static IReadOnlyList<ICommandHandler> All() =>
    [
        new HelloCommand(),
        new PingCommand(),
        new BuildInfoCommand(),
        new EndSessionsCommand(),
        new RefreshSessionsCommand(),
        new ServerStatusCommand(),
        new CurrentOpCommand(),
        new KillOpCommand(),
        new ListDatabasesCommand(),
        new ListCollectionsCommand(),
        new CreateCommand(),
        new DropCommand(),
        new DropDatabaseCommand(),
        new InsertCommand(),
        new DeleteCommand(),
        new UpdateCommand(),
        new FindAndModifyCommand(),
        new FindCommand(),
        new AggregateCommand(),
        new GetMoreCommand(),
        new KillCursorsCommand(),
        new CountCommand(),
        new DistinctCommand(),
        new CreateIndexesCommand(),
        new ListIndexesCommand(),
        new DropIndexesCommand(),
    ];
}
