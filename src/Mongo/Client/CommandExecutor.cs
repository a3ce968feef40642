using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// The one path every collection, database and cursor operation sends its command through, so command
/// monitoring sees each of them; the transport stays in <see cref="MongoClient"/>.
/// </summary>
internal static class CommandExecutor
{
    public static async Task<BsonDocument> RunAsync(MongoClient client, string database, BsonDocument command, CancellationToken cancellationToken)
    {
        var observer = client.CommandObserver;
        var name = command[0].Name;
        observer?.CommandStarted(new CommandStartedEvent(database, name, command));
        BsonDocument reply;
        try
        {
            reply = await client.RunCommandAsync(database, command, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoException failure) when (observer is not null)
        {
            observer.CommandFailed(new CommandFailedEvent(database, name, failure));
            throw;
        }

        observer?.CommandSucceeded(new CommandSucceededEvent(database, name, reply));
        return reply;
    }
}
