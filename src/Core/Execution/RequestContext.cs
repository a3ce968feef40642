using System.Diagnostics;
using Serverless.Bson;
using Serverless.Core.Interpolation;
using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Types;
using Serverless.Mongo;

namespace Serverless.Core.Execution;

/// <summary>
/// What one request's resolvers share (§4: a fresh execution context per request): the client, the caller's
/// account, the query-time budget (§13), the MongoDB command count, the explicitly configured query loaders whose
/// statistics are reported (§9.5), and what the error filter saw. Reached through
/// <see cref="ExecutionRequest.Services"/>.
/// </summary>
internal sealed class RequestContext(MongoClient client, BsonDocument? user, TimeSpan timeLimit, CancellationToken cancellationToken) : IServiceProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly List<DataLoader<InterpolatedQuery, IReadOnlyList<BsonDocument>>> _reportedLoaders = [];
    private long _commands;
    private int _timedOut;
    private string? _connectivityError;

    public MongoClient Client { get; } = client;

    public BsonDocument? User { get; } = user;

    /// <summary>The request's token: the caller's, linked with the budget's expiry.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public long MongoCommandCount => Interlocked.Read(ref _commands);

    public bool TimedOut => Volatile.Read(ref _timedOut) != 0;

    public string? ConnectivityError => Volatile.Read(ref _connectivityError);

    public static RequestContext Of(IResolveFieldContext context) =>
        context.GetServices()?.GetService(typeof(RequestContext)) as RequestContext
        ?? throw new InvalidOperationException("Core resolvers run only inside CompiledApp.ExecuteAsync.");

    public object? GetService(Type serviceType) => serviceType == typeof(RequestContext) ? this : null;

    /// <summary>
    /// The remaining budget, for MongoDB's maxTimeMS; null when there is no limit (§13). Checked at the start of
    /// every field: an exhausted budget aborts the request.
    /// </summary>
    /// <exception cref="QueryTimeLimitExceededException">The budget is used up.</exception>
    public TimeSpan? RemainingTime()
    {
        if (timeLimit <= TimeSpan.Zero)
        {
            return null;
        }

        var remaining = timeLimit - Stopwatch.GetElapsedTime(_started);
        if (remaining <= TimeSpan.Zero)
        {
            MarkTimedOut();
            throw new QueryTimeLimitExceededException($"Maximum query time limit of {(long)timeLimit.TotalMilliseconds}ms exceeded");
        }

        // maxTimeMS is whole milliseconds and 0 means "none": never round a live budget down to 0.
        return remaining < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : remaining;
    }

    public void CountCommand() => Interlocked.Increment(ref _commands);

    public void MarkTimedOut() => Interlocked.Exchange(ref _timedOut, 1);

    public void MarkConnectivityError(string message) => Interlocked.CompareExchange(ref _connectivityError, message, null);

    public void Report(DataLoader<InterpolatedQuery, IReadOnlyList<BsonDocument>> loader)
    {
        lock (_reportedLoaders)
        {
            _reportedLoaders.Add(loader);
        }
    }

    /// <summary>§9.5: the sum over the explicitly configured query loaders (implicit batching is ours, not counted).</summary>
    public DataLoaderStatistics ReportedStatistics()
    {
        lock (_reportedLoaders)
        {
            return _reportedLoaders.Aggregate(DataLoaderStatistics.Empty, (sum, loader) => sum.Add(loader.Statistics));
        }
    }
}
