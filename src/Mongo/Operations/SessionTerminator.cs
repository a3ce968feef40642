using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Operations;

/// <summary>
/// Driver Sessions spec, "endSessions": when the client closes, it tells the deployment which pooled sessions
/// it will not use again, in batches of at most 10,000 ids, so the server can free them before they time out.
/// Best effort: errors are ignored and the whole exchange is bounded, as the spec asks.
/// </summary>
internal static class SessionTerminator
{
    /// <summary>The spec's limit of session ids per endSessions command.</summary>
    public const int BatchSize = 10_000;

    // The server expires the sessions itself after logicalSessionTimeoutMinutes, so closing the client must not
    // wait long for this courtesy.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static async Task EndPooledSessionsAsync(OperationExecutor executor, ServerSessionPool pool, TopologyDescription topology)
    {
        var sessions = pool.TakeAll();

        // Spec: sent only when a server is known to be available; otherwise server selection would just wait.
        if (sessions.Count == 0 || !topology.Servers.Any(server => server.Type is not ServerType.Unknown))
        {
            return;
        }

        foreach (var batch in sessions.Chunk(BatchSize))
        {
            var command = new BsonDocument([new("endSessions", new BsonArray(batch.Select(session => (BsonValue)session.Id)))]);

            // Spec: "primaryPreferred"; endSessions carries no lsid (see CommandClassifier.TakesImplicitSession).
            var request = new OperationRequest("admin", command, CommandKind.Read, new ReadPreference(ReadPreferenceMode.PrimaryPreferred), Budget);
            try
            {
                await executor.ExecuteAsync(request, CancellationToken.None).ConfigureAwait(false);
            }
            catch (MongoException)
            {
                // Spec: "Drivers MUST ignore any errors returned by the endSessions command"; a timeout included.
                return;
            }
        }
    }
}
