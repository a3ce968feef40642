namespace Serverless.GraphQL.Batching;

/// <summary>
/// The "let resolvers progress, dispatch when all are blocked" loop behind
/// <see cref="BatchDispatcher.RunUntilCompleteAsync{T}"/>. It owns a <see cref="ResolverTaskScheduler"/>
/// for the work and wakes on three events: resolver work went idle, a loader got pending keys, or the
/// request was cancelled.
/// </summary>
internal sealed class DispatchLoop
{
    private readonly BatchDispatcher _dispatcher;
    private readonly ResolverTaskScheduler _scheduler;

    public DispatchLoop(BatchDispatcher dispatcher, int maxDegreeOfParallelism)
    {
        _dispatcher = dispatcher;
        _scheduler = new ResolverTaskScheduler(maxDegreeOfParallelism, dispatcher.Changed.Set);
    }

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (TaskScheduler.Current is ResolverTaskScheduler)
        {
            // The loop would count its own awaits as resolver work and never see the resolvers idle.
            throw new InvalidOperationException("RunUntilCompleteAsync cannot be called from resolver code it runs.");
        }

        var signal = _dispatcher.Changed;
        using var wakeOnCancel = cancellationToken.Register(static state => ((AsyncSignal)state!).Set(), signal);
        var running = Task.Factory.StartNew(
            () => work(cancellationToken),
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            _scheduler).Unwrap();

        while (!running.IsCompleted)
        {
            // Take the wake-up before reading the state it guards (see AsyncSignal).
            var wake = signal.NextAsync;
            if (_dispatcher.HasPending && (_scheduler.IsIdle || cancellationToken.IsCancellationRequested))
            {
                // Every resolver is blocked: this round is what lets them continue. On cancellation the
                // round cancels the pending loads instead of calling batch functions.
                await _dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAny(wake, running).ConfigureAwait(false);
        }

        return await running.ConfigureAwait(false);
    }
}
