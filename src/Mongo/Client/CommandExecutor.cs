using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// The one path every collection, database and cursor operation sends its command through, so command
/// monitoring sees each of them; the transport stays in <see cref="MongoClient"/>.
/// </summary>
internal static class CommandExecutor
{
    public static Task<BsonDocument> RunAsync(MongoClient client, string database, BsonDocument command, CancellationToken cancellationToken)
    {
        client.CommandObserver?.CommandStarted(new CommandStartedEvent(database, command[0].Name, command));
        return client.RunCommandAsync(database, command, cancellationToken);
    }
}
