using System.Collections.Concurrent;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>Keeps every command event a client reports, for tests that check what was sent.</summary>
internal sealed class RecordingObserver : ICommandEventObserver
{
    private readonly ConcurrentQueue<CommandStartedEvent> _started = new();
    private readonly ConcurrentQueue<CommandSucceededEvent> _succeeded = new();
    private readonly ConcurrentQueue<CommandFailedEvent> _failed = new();

    public IReadOnlyList<CommandStartedEvent> Started => [.. _started];

    public IReadOnlyList<CommandSucceededEvent> Succeeded => [.. _succeeded];

    public IReadOnlyList<CommandFailedEvent> Failed => [.. _failed];

    public void CommandStarted(CommandStartedEvent started) => _started.Enqueue(started);

    public void CommandSucceeded(CommandSucceededEvent succeeded) => _succeeded.Enqueue(succeeded);

    public void CommandFailed(CommandFailedEvent failed) => _failed.Enqueue(failed);
}
