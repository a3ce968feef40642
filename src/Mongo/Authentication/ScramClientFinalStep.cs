using System.Security.Cryptography;

namespace Serverless.Mongo;

/// <summary>
/// Client state after sending client-final-message: checks the server-final-message's ServerSignature (RFC 5802
/// section 3), which proves the server knows the ServerKey, i.e. is not an impostor.
/// </summary>
internal sealed class ScramClientFinalStep : SaslStep
{
    private readonly byte[] _payload;
    private readonly byte[] _expectedServerSignature;

    public ScramClientFinalStep(byte[] payload, byte[] expectedServerSignature)
    {
        _payload = payload;
        _expectedServerSignature = expectedServerSignature;
    }

    public override ReadOnlyMemory<byte> Payload => _payload;

    public override bool IsComplete => false;

    public override SaslStep Receive(ReadOnlySpan<byte> serverPayload)
    {
        var serverFinal = ScramMessage.Parse(serverPayload, "server-final message");
        if (serverFinal.NameAt(0) == 'e')
        {
            throw new MongoAuthenticationException($"The server rejected the SCRAM proof: {serverFinal.Require(0, 'e')}.");
        }

        var signature = serverFinal.RequireBase64(0, 'v');

        // Constant time, so response timing reveals nothing about how much of the signature matched.
        if (!CryptographicOperations.FixedTimeEquals(signature, _expectedServerSignature))
        {
            throw new MongoAuthenticationException("SCRAM server signature mismatch: the server did not prove knowledge of the password (RFC 5802 section 3).");
        }

        return SaslCompletedStep.Instance;
    }
}
