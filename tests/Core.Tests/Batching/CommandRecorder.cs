using System.Collections.Concurrent;
using Serverless.Mongo;

namespace Serverless.Core.Tests.Batching;

/// <summary>Keeps the commands a client starts, to count finds and aggregates per batch.</summary>
internal sealed class CommandRecorder : ICommandEventObserver
{
    private readonly ConcurrentQueue<CommandStartedEvent> _started = new();

    public IReadOnlyList<CommandStartedEvent> Started => [.. _started];

    /// <summary>The find and aggregate commands (getMore and killCursors are a cursor's, not a batch's).</summary>
    public IReadOnlyList<CommandStartedEvent> Reads => [.. _started.Where(e => e.CommandName is "find" or "aggregate")];

    public void CommandStarted(CommandStartedEvent started) => _started.Enqueue(started);

    public void CommandSucceeded(CommandSucceededEvent succeeded)
    {
    }

    public void CommandFailed(CommandFailedEvent failed)
    {
    }

    public void Clear() => _started.Clear();
}
