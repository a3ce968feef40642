namespace Serverless.Mongo;

/// <summary>
/// Receives the commands a <see cref="MongoClient"/> sends for its operations and how each ended (Command
/// Logging and Monitoring spec). The handshake and authentication are not reported: the spec treats them as
/// security-sensitive. Called on the operation's own flow, so implementations must not block.
/// </summary>
public interface ICommandEventObserver
{
    void CommandStarted(CommandStartedEvent started);

    void CommandSucceeded(CommandSucceededEvent succeeded);

    void CommandFailed(CommandFailedEvent failed);
}
