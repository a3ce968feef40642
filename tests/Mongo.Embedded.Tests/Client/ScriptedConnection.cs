namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>One accepted connection of a <see cref="ScriptedServer"/>: what it was sent, and when the client closed it.</summary>
internal sealed class ScriptedConnection(int id)
{
    public int Id { get; } = id;

    /// <summary>The command names received, in order (written only by the connection's own loop).</summary>
    public List<string> Commands { get; } = [];

    /// <summary>Per-connection state a script may keep (e.g. a SCRAM conversation).</summary>
    public object? State { get; set; }

    public TaskCompletionSource ClientClosed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
