namespace Serverless.Mongo;

/// <summary>
/// One state of a client-side SASL conversation: the payload to send now, and how the next server payload moves
/// the conversation on. Steps are immutable; each returns the next step, ending in one that is complete.
/// </summary>
public abstract class SaslStep
{
    private protected SaslStep()
    {
    }

    /// <summary>The bytes the client sends in this state (empty once complete).</summary>
    public abstract ReadOnlyMemory<byte> Payload { get; }

    /// <summary>True when the client has verified the server and has nothing more to send.</summary>
    public abstract bool IsComplete { get; }

    /// <summary>Processes the server's payload and returns the next step.</summary>
    /// <exception cref="MongoAuthenticationException">The payload is malformed or fails verification.</exception>
    public abstract SaslStep Receive(ReadOnlySpan<byte> serverPayload);
}
