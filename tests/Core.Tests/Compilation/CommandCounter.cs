using Serverless.Mongo;

namespace Serverless.Core.Tests.Compilation;

/// <summary>Counts the find/aggregate commands a client sends (what "round trips" means in the tests).</summary>
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
