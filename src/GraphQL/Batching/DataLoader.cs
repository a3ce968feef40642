namespace Serverless.GraphQL.Batching;

/// <summary>
/// Loads values by key for one request, collecting the keys requested while resolvers run into one batch
/// per dispatch round instead of one call per key (the N+1 problem). Loads complete when the request's
/// <see cref="BatchDispatcher"/> runs the batch, which it does when no resolver can make progress.
/// Thread-safe: sibling resolvers may load from several threads at once.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchSource
    where TKey : notnull
{
    private readonly BatchDispatcher _dispatcher;
    private readonly BatchFunction<TKey, TValue> _batchFunction;
    private readonly StatisticsCounters _counters = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>>? _cache;
    private PendingBatch<TKey, TValue>? _pending;

    /// <summary>Creates a loader whose batch function returns one value per key, in key order.</summary>
    /// <param name="dispatcher">The request's dispatcher.</param>
    /// <param name="batchFunction">Loads the values of the given keys; a result count different from the key count fails the batch.</param>
    /// <param name="options">Batching, caching and key equality; null means the defaults.</param>
    public DataLoader(
        BatchDispatcher dispatcher,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyList<TValue>>> batchFunction,
        DataLoaderOptions<TKey>? options = null)
        : this(dispatcher, new ListBatchFunction<TKey, TValue>(batchFunction ?? throw new ArgumentNullException(nameof(batchFunction))), options)
    {
    }

    /// <summary>Creates a loader whose batch function returns one <see cref="BatchResult{TValue}"/> per key, so single keys can fail.</summary>
    /// <param name="dispatcher">The request's dispatcher.</param>
    /// <param name="batchFunction">Loads the results of the given keys, in key order.</param>
    /// <param name="options">Batching, caching and key equality; null means the defaults.</param>
    public DataLoader(
        BatchDispatcher dispatcher,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyList<BatchResult<TValue>>>> batchFunction,
        DataLoaderOptions<TKey>? options = null)
        : this(dispatcher, new ResultListBatchFunction<TKey, TValue>(batchFunction ?? throw new ArgumentNullException(nameof(batchFunction))), options)
    {
    }

    /// <summary>Creates a loader whose batch function returns values by key; a missing key fails that key with <see cref="KeyNotFoundException"/>.</summary>
    /// <param name="dispatcher">The request's dispatcher.</param>
    /// <param name="batchFunction">Loads the values of the given keys in any order.</param>
    /// <param name="options">Batching, caching and key equality; null means the defaults.</param>
    public DataLoader(
        BatchDispatcher dispatcher,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batchFunction,
        DataLoaderOptions<TKey>? options = null)
        : this(dispatcher, new DictionaryBatchFunction<TKey, TValue>(batchFunction ?? throw new ArgumentNullException(nameof(batchFunction))), options)
    {
    }

    private DataLoader(BatchDispatcher dispatcher, BatchFunction<TKey, TValue> batchFunction, DataLoaderOptions<TKey>? options)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        Options = options ?? new DataLoaderOptions<TKey>();
        Options.Validate();
        Name = Options.Name ?? $"DataLoader<{typeof(TKey).Name}, {typeof(TValue).Name}>";
        _dispatcher = dispatcher;
        _batchFunction = batchFunction;
        if (Options.Caching)
        {
            _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(Options.KeyComparer ?? EqualityComparer<TKey>.Default);
        }

        dispatcher.Register(this);
    }

    /// <summary>The options this loader was created with.</summary>
    public DataLoaderOptions<TKey> Options { get; }

    /// <summary>The name used in error messages: <see cref="DataLoaderOptions{TKey}.Name"/> or the type's name.</summary>
    public string Name { get; }

    /// <summary>A snapshot of this loader's counters.</summary>
    public DataLoaderStatistics Statistics => _counters.Snapshot();

    /// <summary>
    /// Requests the value of <paramref name="key"/>. With batching on, the returned task completes when the
    /// dispatcher runs the pending batch; with it off, the batch function is called now with this key alone.
    /// Cancelling <paramref name="cancellationToken"/> cancels this caller's wait at once; the key stays in the
    /// batch for other callers sharing it (the dispatcher cancels the batch itself when the request is aborted).
    /// </summary>
    /// <param name="key">The key to load.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The value, or the key's error.</returns>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        _counters.RecordLoad();
        TaskCompletionSource<TValue> promise;
        var mustSchedule = false;
        lock (_gate)
        {
            if (_cache is not null && _cache.TryGetValue(key, out var cached))
            {
                _counters.RecordCacheHit();
                return Observe(cached.Task, cancellationToken);
            }

            // Deliberately NOT RunContinuationsAsynchronously: that would push every internal completion
            // (Task.WhenAll over loads, WaitAsync) through the thread pool, where for a moment a resolver about to
            // continue is invisible to the dispatch loop, which could then start a round with part of a level.
            // Synchronous completion queues resolver continuations to the request scheduler before TrySetResult
            // returns; that scheduler never inlines, so resolver code still does not run on the dispatcher's stack.
            promise = new TaskCompletionSource<TValue>(TaskCreationOptions.None);
            _cache?.Add(key, promise);
            if (Options.Batching)
            {
                mustSchedule = _pending is null;
                _pending ??= new PendingBatch<TKey, TValue>();
                _pending.Add(key, promise);
            }
        }

        if (!Options.Batching)
        {
            var single = new PendingBatch<TKey, TValue>();
            single.Add(key, promise);
            return LoadNowAsync(single, cancellationToken);
        }

        if (mustSchedule)
        {
            // Outside the lock: the dispatcher signals its run loop, which must never run under our lock.
            _dispatcher.Schedule(this);
        }

        return Observe(promise.Task, cancellationToken);
    }

    /// <summary>Requests several keys; the values come back in key order.</summary>
    /// <param name="keys">The keys to load.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    /// <returns>The values, or the first key error.</returns>
    public Task<TValue[]> LoadManyAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // No await here: an extra continuation hop between the loads and the caller is a moment in which the
        // dispatch loop cannot see that the caller is about to continue.
        return Task.WhenAll(keys.Select(key => LoadAsync(key, cancellationToken)));
    }

    Task IBatchSource.DispatchPendingAsync(CancellationToken cancellationToken)
    {
        PendingBatch<TKey, TValue>? batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = null;
        }

        if (batch is null)
        {
            return Task.CompletedTask;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            Cancel(batch, cancellationToken);
            return Task.CompletedTask;
        }

        var parts = batch.Split(Options.MaxBatchSize);
        return parts.Count == 1
            ? RunAsync(parts[0], cancellationToken)
            : Task.WhenAll(parts.Select(part => RunAsync(part, cancellationToken)));
    }

    private async Task<TValue> LoadNowAsync(PendingBatch<TKey, TValue> batch, CancellationToken cancellationToken)
    {
        await RunAsync(batch, cancellationToken).ConfigureAwait(false);
        return await batch.Promises[0].Task.ConfigureAwait(false);
    }

    /// <summary>
    /// Calls the batch function once and settles every promise of the batch. Never throws: the outcome,
    /// including a failed or contract-breaking batch function, belongs to the loads that wait on it.
    /// </summary>
    private async Task RunAsync(PendingBatch<TKey, TValue> batch, CancellationToken cancellationToken)
    {
        _counters.RecordBatch(batch.Count);
        IReadOnlyList<BatchResult<TValue>> results;
        try
        {
            results = await _batchFunction.InvokeAsync(batch.Keys, Name, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Cancel(batch, cancellationToken);
            return;
        }
#pragma warning disable CA1031 // Not swallowed: any failure of the batch function is the result of every key in it.
        catch (Exception error)
#pragma warning restore CA1031
        {
            _counters.RecordFailedBatch(batch.Count);
            foreach (var promise in batch.Promises)
            {
                promise.TrySetException(error);
            }

            return;
        }

        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (result.Error is { } error)
            {
                _counters.RecordErrors(1);
                batch.Promises[i].TrySetException(error);
            }
            else
            {
                batch.Promises[i].TrySetResult(result.Value!);
            }
        }
    }

    private static void Cancel(PendingBatch<TKey, TValue> batch, CancellationToken cancellationToken)
    {
        foreach (var promise in batch.Promises)
        {
            promise.TrySetCanceled(cancellationToken);
        }
    }

    private static Task<TValue> Observe(Task<TValue> shared, CancellationToken cancellationToken) =>
        cancellationToken.CanBeCanceled && !shared.IsCompleted ? shared.WaitAsync(cancellationToken) : shared;
}
