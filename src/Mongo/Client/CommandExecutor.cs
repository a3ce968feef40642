using Serverless.Bson;
using Serverless.Mongo.Operations;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// The one path every collection, database and cursor operation sends its command through, so command
/// monitoring sees each of them; server selection, pools and retries stay in <see cref="MongoClient"/>.
/// </summary>
internal static class CommandExecutor
{
    /// <summary>The client's generic path: reads by name, writes on the primary, maxTimeMS as the budget.</summary>
    public static Task<BsonDocument> RunAsync(MongoClient client, string database, BsonDocument command, CancellationToken cancellationToken) =>
        ObserveAsync(client, database, command, () => client.RunCommandAsync(database, command, cancellationToken), reply => reply);

    /// <summary>A read selected by <paramref name="readPreference"/> (the client's when null); the result names the server, for cursor pinning.</summary>
    public static Task<CommandResult> RunReadAsync(MongoClient client, string database, BsonDocument command, ReadPreference? readPreference, TimeSpan? timeBudget, CancellationToken cancellationToken) =>
        ObserveAsync(client, database, command, () => client.RunReadCommandAsync(database, command, readPreference, timeBudget, cancellationToken), result => result.Reply);

    /// <summary>A command on one server, e.g. getMore or killCursors on the server that owns the cursor.</summary>
    /// <param name="session">The cursor's implicit session, whose lsid the command carries; null for none.</param>
    public static Task<BsonDocument> RunOnServerAsync(MongoClient client, ServerAddress server, string database, BsonDocument command, ServerSession? session, CancellationToken cancellationToken) =>
        ObserveAsync(client, database, command, () => client.RunCommandOnServerAsync(server, database, command, session, cancellationToken), reply => reply);

    private static async Task<T> ObserveAsync<T>(MongoClient client, string database, BsonDocument command, Func<Task<T>> run, Func<T, BsonDocument> replyOf)
    {
        var observer = client.CommandObserver;
        var name = command[0].Name;
        observer?.CommandStarted(new CommandStartedEvent(database, name, command));
        T result;
        try
        {
            result = await run().ConfigureAwait(false);
        }
        catch (MongoException failure) when (observer is not null)
        {
            observer.CommandFailed(new CommandFailedEvent(database, name, failure));
            throw;
        }

        observer?.CommandSucceeded(new CommandSucceededEvent(database, name, replyOf(result)));
        return result;
    }
}
