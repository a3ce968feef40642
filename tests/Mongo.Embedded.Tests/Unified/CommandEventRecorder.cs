using System.Collections.Concurrent;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// Collects a client's command events of the observed kinds for a test's expectEvents (unified format,
/// "observeEvents": commandStartedEvent, commandSucceededEvent, commandFailedEvent), in the order they happened.
/// </summary>
internal sealed class CommandEventRecorder(IReadOnlySet<string> observedKinds, IReadOnlySet<string> ignoredCommands) : ICommandEventObserver
{
    private readonly ConcurrentQueue<object> _events = new();

    /// <summary><see cref="CommandStartedEvent"/>, <see cref="CommandSucceededEvent"/> and <see cref="CommandFailedEvent"/> values.</summary>
    public IReadOnlyList<object> Events => [.. _events];

    public void CommandStarted(CommandStartedEvent started) => Record("commandStartedEvent", started.CommandName, started);

    public void CommandSucceeded(CommandSucceededEvent succeeded) => Record("commandSucceededEvent", succeeded.CommandName, succeeded);

    public void CommandFailed(CommandFailedEvent failed) => Record("commandFailedEvent", failed.CommandName, failed);

    private void Record(string kind, string commandName, object recorded)
    {
        // Unified format, "ignoreCommandMonitoringEvents"; configureFailPoint is always ignored.
        if (observedKinds.Contains(kind) && !ignoredCommands.Contains(commandName) && commandName != "configureFailPoint")
        {
            _events.Enqueue(recorded);
        }
    }
}
