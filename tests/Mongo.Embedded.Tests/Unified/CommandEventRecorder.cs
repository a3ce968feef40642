using System.Collections.Concurrent;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>Collects a client's command-started events for a test's expectEvents (unified format, "observeEvents").</summary>
internal sealed class CommandEventRecorder(IReadOnlySet<string> ignoredCommands) : ICommandEventObserver
{
    private readonly ConcurrentQueue<CommandStartedEvent> _events = new();

    public IReadOnlyList<CommandStartedEvent> Events => [.. _events];

    public void CommandStarted(CommandStartedEvent started)
    {
        // Unified format, "ignoreCommandMonitoringEvents"; configureFailPoint is always ignored.
        if (!ignoredCommands.Contains(started.CommandName) && started.CommandName != "configureFailPoint")
        {
            _events.Enqueue(started);
        }
    }
}
