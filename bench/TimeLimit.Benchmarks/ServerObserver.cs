using System.Diagnostics;
using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.TimeLimit.Benchmarks;

/// <summary>Asks the embedded server (currentOp, serverStatus) whether anything of a request is still there.</summary>
internal sealed class ServerObserver(MongoClient client)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Waits until no operation runs on <paramref name="database"/> and no cursor is open; returns how long that took.</summary>
    /// <exception cref="TimeoutException">Something was still there after 10 s.</exception>
    public async Task<TimeSpan> WaitUntilQuietAsync(string database, CancellationToken cancellationToken)
    {
        var admin = client.GetDatabase("admin");
        var filter = new BsonDocument(new BsonElement("$regex", $"^{database}\\."));
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var running = (await admin.RunCommandAsync([new("currentOp", 1), new("ns", filter)], cancellationToken).ConfigureAwait(false))["inprog"].AsArray;
            var status = await admin.RunCommandAsync([new("serverStatus", 1)], cancellationToken).ConfigureAwait(false);
            var open = status["metrics"].AsDocument["cursor"].AsDocument["open"].AsDocument["total"].AsInt64;
            if (running.Count == 0 && open == 0)
            {
                return clock.Elapsed;
            }

            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"after {Patience.TotalSeconds} s: {open} open cursor(s), operations {running}");
            }

            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }
}
