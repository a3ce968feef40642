namespace Serverless.Mongo;

/// <summary>
/// Receives the commands a <see cref="MongoClient"/> sends for its operations (Command Logging and Monitoring
/// spec). The handshake and authentication are not reported: the spec treats them as security-sensitive.
/// Called on the operation's own flow before the command is written, so it must not block.
/// </summary>
public interface ICommandEventObserver
{
    void CommandStarted(CommandStartedEvent started);
}
