namespace Serverless.GraphQL.Batching;

/// <summary>
/// A wake-up for the dispatch loop without lost wake-ups: the loop takes <see cref="NextAsync"/> BEFORE it
/// checks the state it waits on, so a change that happens after the check completes the task it holds.
/// </summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task completed by the next <see cref="Set"/>.</summary>
    public Task NextAsync => Volatile.Read(ref _next).Task;

    /// <summary>Wakes everyone waiting on the current task and arms a fresh one.</summary>
    public void Set()
    {
        var previous = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }
}
