namespace Serverless.GraphQL.Batching;

/// <summary>
/// Coordinates the DataLoaders of one request. Loaders only <em>enqueue</em> themselves here when they get
/// their first pending key; nothing is sent until the executor calls <see cref="DispatchAsync"/>, which it
/// does when no resolver can make progress (never on a timer), so all the keys requested while one level
/// of a list was resolved reach one batch call. See README.md in this folder for the protocol.
/// </summary>
public sealed class BatchDispatcher
{
    private readonly Lock _gate = new();
    private readonly List<IBatchSource> _loaders = [];
    private List<IBatchSource> _scheduled = [];
    private long _rounds;
    private int _running;

    /// <summary>Creates a dispatcher whose run loop resolves on up to <see cref="Environment.ProcessorCount"/> threads.</summary>
    public BatchDispatcher()
        : this(Environment.ProcessorCount)
    {
    }

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="maxDegreeOfParallelism">How many resolver segments <see cref="RunUntilCompleteAsync"/> runs at once (at least 1).</param>
    public BatchDispatcher(int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>How many resolver segments <see cref="RunUntilCompleteAsync"/> runs at once.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Whether some loader has keys waiting for a dispatch round.</summary>
    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count > 0;
            }
        }
    }

    /// <summary>How many dispatch rounds ran batches (rounds with nothing pending are not counted).</summary>
    public long Rounds => Interlocked.Read(ref _rounds);

    /// <summary>The statistics of every loader created with this dispatcher, added up.</summary>
    public DataLoaderStatistics Statistics
    {
        get
        {
            IBatchSource[] loaders;
            lock (_gate)
            {
                loaders = [.. _loaders];
            }

            return loaders.Aggregate(DataLoaderStatistics.Empty, (total, loader) => total.Add(loader.Statistics));
        }
    }

    /// <summary>Raised-for-the-loop wake-up: a loader got pending keys, or resolver work went idle.</summary>
    internal AsyncSignal Changed { get; } = new();

    /// <summary>
    /// Runs one dispatch round: takes every batch pending at this moment, calls their batch functions
    /// concurrently (a batch larger than its MaxBatchSize becomes several calls) and completes when all of
    /// them have settled their loads. Loads requested meanwhile — typically by resolvers continuing after an
    /// earlier batch of this round — are left for the next round. Does nothing when nothing is pending.
    /// The task never faults: batch failures go to the loads. With <paramref name="cancellationToken"/>
    /// already cancelled the pending loads are cancelled without calling any batch function.
    /// </summary>
    /// <param name="cancellationToken">The request's token, handed to every batch function.</param>
    /// <returns>A task completed when every batch of the round has settled.</returns>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IBatchSource> round;
        lock (_gate)
        {
            if (_scheduled.Count == 0)
            {
                return Task.CompletedTask;
            }

            round = _scheduled;
            _scheduled = [];
        }

        Interlocked.Increment(ref _rounds);
        return round.Count == 1
            ? round[0].DispatchPendingAsync(cancellationToken)
            : Task.WhenAll(round.Select(loader => loader.DispatchPendingAsync(cancellationToken)));
    }

    /// <summary>
    /// Runs <paramref name="work"/> (the executor's whole operation) on a request scheduler that knows when
    /// every resolver is blocked, and dispatches a round each time that happens while loads are pending.
    /// Resolver code must keep awaiting on the current scheduler (no <c>ConfigureAwait(false)</c>, no
    /// <c>Task.Run</c>, no other thread-pool hop) so its continuations are counted; code that escapes still
    /// works but its loads may be split over more rounds. When <paramref name="cancellationToken"/> is cancelled, pending loads are cancelled
    /// at once and the work is awaited to its end.
    /// </summary>
    /// <param name="work">The executor's work; it receives <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <returns>The work's task, completed after the work and the rounds it needed.</returns>
    public async Task RunUntilCompleteAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await RunUntilCompleteAsync<bool>(
            async token =>
            {
                // Stay on the request scheduler: this continuation is resolver-side work and must be counted.
                await work(token).ConfigureAwait(true);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="RunUntilCompleteAsync(Func{CancellationToken, Task}, CancellationToken)"/>, returning the work's result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The executor's work; it receives <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <returns>The work's result.</returns>
    public async Task<T> RunUntilCompleteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException(
                "RunUntilCompleteAsync is already running on this dispatcher; use one dispatcher per request.");
        }

        try
        {
            var loop = new DispatchLoop(this, MaxDegreeOfParallelism);
            return await loop.RunAsync(work, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    internal void Register(IBatchSource loader)
    {
        lock (_gate)
        {
            _loaders.Add(loader);
        }
    }

    /// <summary>Called by a loader when its pending batch goes from empty to non-empty.</summary>
    internal void Schedule(IBatchSource loader)
    {
        lock (_gate)
        {
            _scheduled.Add(loader);
        }

        Changed.Set();
    }
}
