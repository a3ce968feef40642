namespace Serverless.GraphQL.Batching;

/// <summary>
/// Runs one request's resolver code and knows when none of it can make progress. Every await inside work
/// started on this scheduler queues its continuation back here (await captures <see cref="TaskScheduler.Current"/>),
/// so "queued + running" counts exactly the resolver segments that are able to run. When that count drops to
/// zero every resolver is blocked — on a DataLoader promise or on outside I/O — and the idle callback fires.
/// Completing a DataLoader promise queues its continuations here synchronously, inside TrySetResult, so the
/// count is non-zero again before the dispatcher's round returns: there is no window in which the loop could
/// see a stale "idle".
/// </summary>
internal sealed class ResolverTaskScheduler : TaskScheduler, IThreadPoolWorkItem
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Task> _queue = new();
    private readonly int _maxDegreeOfParallelism;
    private readonly Action _onIdle;
    private int _outstanding;
    private int _workers;

    public ResolverTaskScheduler(int maxDegreeOfParallelism, Action onIdle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        ArgumentNullException.ThrowIfNull(onIdle);
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _onIdle = onIdle;
    }

    /// <summary>Whether no resolver segment is queued or running.</summary>
    public bool IsIdle => Volatile.Read(ref _outstanding) == 0;

    public override int MaximumConcurrencyLevel => _maxDegreeOfParallelism;

    protected override void QueueTask(Task task)
    {
        // Count before enqueueing so the count never reads zero while a segment waits in the queue.
        Interlocked.Increment(ref _outstanding);
        _queue.Enqueue(task);
        if (Interlocked.Increment(ref _workers) <= _maxDegreeOfParallelism)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        else
        {
            Interlocked.Decrement(ref _workers);
        }
    }

    // Inlining would run a segment outside the queued/running accounting; queueing costs little here.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    void IThreadPoolWorkItem.Execute()
    {
        while (true)
        {
            while (_queue.TryDequeue(out var task))
            {
                // TryExecuteTask captures the segment's exceptions in its task; nothing escapes to the pool.
                TryExecuteTask(task);
                if (Interlocked.Decrement(ref _outstanding) == 0)
                {
                    _onIdle();
                }
            }

            Interlocked.Decrement(ref _workers);

            // A producer that saw this worker still counted relied on it; re-check so its task is not stranded.
            if (_queue.IsEmpty)
            {
                return;
            }

            if (Interlocked.Increment(ref _workers) > _maxDegreeOfParallelism)
            {
                // Enough other workers are running; they will drain the queue.
                Interlocked.Decrement(ref _workers);
                return;
            }
        }
    }
}
