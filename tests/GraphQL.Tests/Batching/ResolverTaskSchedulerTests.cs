using Serverless.GraphQL.Batching;

namespace Serverless.GraphQL.Tests.Batching;

public sealed class ResolverTaskSchedulerTests
{
    [Fact]
    public async Task Scheduler_is_idle_while_its_work_waits_and_busy_again_as_soon_as_the_wait_ends()
    {
        using var idle = new SemaphoreSlim(0);
        var scheduler = new ResolverTaskScheduler(2, () => idle.Release());
        var awaited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var gate = new ManualResetEventSlim();

        var work = Task.Factory.StartNew(
            async () =>
            {
                await awaited.Task;

                // Hold the continuation so the test can observe the busy state without racing it.
                gate.Wait();
            },
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            scheduler).Unwrap();
        await idle.WaitAsync();
        var idleWhileWaiting = scheduler.IsIdle;

        awaited.SetResult();
        var busyRightAfterCompletion = !scheduler.IsIdle;
        gate.Set();
        await work;
        await idle.WaitAsync();

        idleWhileWaiting.ShouldBeTrue("the only segment is parked on an incomplete task");
        busyRightAfterCompletion.ShouldBeTrue("completing the awaited task queues the continuation before SetResult returns");
        scheduler.IsIdle.ShouldBeTrue();
    }

    [Fact]
    public async Task Scheduler_runs_segments_in_parallel_up_to_its_limit()
    {
        var scheduler = new ResolverTaskScheduler(3, () => { });
        using var allStarted = new CountdownEvent(3);

        var work = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(
            () =>
            {
                allStarted.Signal();

                // Each segment blocks until all three run at once, which only a parallel scheduler allows.
                allStarted.Wait();
            },
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            scheduler)).ToArray();

        await Task.WhenAll(work);
        allStarted.CurrentCount.ShouldBe(0);
    }

    [Fact]
    public void Degree_of_parallelism_below_one_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ResolverTaskScheduler(0, () => { }));
    }
}
