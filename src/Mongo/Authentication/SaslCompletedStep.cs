namespace Serverless.Mongo;

/// <summary>The final client state: the server has been verified and there is nothing left to send.</summary>
internal sealed class SaslCompletedStep : SaslStep
{
    public static SaslCompletedStep Instance { get; } = new();

    public override ReadOnlyMemory<byte> Payload => ReadOnlyMemory<byte>.Empty;

    public override bool IsComplete => true;

    public override SaslStep Receive(ReadOnlySpan<byte> serverPayload) =>
        throw new MongoAuthenticationException(
            $"The server sent {serverPayload.Length} more bytes after the SASL conversation was already complete.");
}
