using Serverless.Mongo;

namespace Serverless.Core.Benchmarks;

/// <summary>Counts the find and aggregate commands the client sends (getMore and killCursors belong to cursors).</summary>
internal sealed class CommandCounter : ICommandEventObserver
{
    private long _reads;

    public long Reads => Interlocked.Read(ref _reads);

    public void Reset() => Interlocked.Exchange(ref _reads, 0);

    public void CommandStarted(CommandStartedEvent started)
    {
        if (started.CommandName is "find" or "aggregate")
        {
            Interlocked.Increment(ref _reads);
        }
    }

    public void CommandSucceeded(CommandSucceededEvent succeeded)
    {
    }

    public void CommandFailed(CommandFailedEvent failed)
    {
    }
}
