namespace Serverless.Mongo;

/// <summary>
/// Client state after sending client-first-message (RFC 5802 section 3): waits for server-first-message, checks
/// it, derives the keys and computes the proof for client-final-message.
/// </summary>
internal sealed class ScramClientFirstStep : SaslStep
{
    private const string ChannelBinding = "c=biws";

    private readonly ScramAlgorithm _algorithm;
    private readonly ScramCache? _cache;
    private readonly byte[] _preparedPassword;
    private readonly string _clientFirstBare;
    private readonly string _clientNonce;
    private readonly byte[] _payload;

    public ScramClientFirstStep(ScramAlgorithm algorithm, ScramCache? cache, byte[] preparedPassword, string clientFirstBare, string clientNonce)
    {
        _algorithm = algorithm;
        _cache = cache;
        _preparedPassword = preparedPassword;
        _clientFirstBare = clientFirstBare;
        _clientNonce = clientNonce;
        _payload = ScramClient.Utf8(ScramClient.Gs2Header + clientFirstBare);
    }

    public override ReadOnlyMemory<byte> Payload => _payload;

    public override bool IsComplete => false;

    public override SaslStep Receive(ReadOnlySpan<byte> serverPayload)
    {
        var serverFirst = ScramMessage.Parse(serverPayload, "server-first message");
        RejectErrorOrMandatoryExtension(serverFirst);

        var combinedNonce = serverFirst.RequireNonce(0);
        if (!combinedNonce.StartsWith(_clientNonce, StringComparison.Ordinal) || combinedNonce.Length == _clientNonce.Length)
        {
            // RFC 5802 section 5.1: the server's nonce is the client nonce with the server's part appended.
            throw new MongoAuthenticationException(
                "SCRAM nonce mismatch: the server-first message's nonce does not extend the client nonce (RFC 5802 section 5.1).");
        }

        var salt = serverFirst.RequireBase64(1, 's');
        if (salt.Length == 0)
        {
            throw new MongoAuthenticationException("Invalid SCRAM server-first message: the salt is empty.");
        }

        var iterations = serverFirst.RequirePositiveInt32(2, 'i');
        if (iterations < ScramAlgorithm.MinimumIterationCount)
        {
            throw new MongoAuthenticationException(
                $"SCRAM iteration count {iterations} is below the minimum of {ScramAlgorithm.MinimumIterationCount} (MongoDB Authentication spec, SCRAM).");
        }

        // RFC 5802 section 5.1 allows extensions after i=; a client ignores ones it does not know.
        var keys = _cache?.GetOrDerive(_algorithm, _preparedPassword, salt, iterations)
            ?? ScramKeys.Derive(_algorithm, _preparedPassword, salt, iterations);

        var withoutProof = ChannelBinding + ",r=" + combinedNonce;
        var authMessage = ScramClient.Utf8(_clientFirstBare + "," + serverFirst.Text + "," + withoutProof);
        var clientSignature = _algorithm.Hmac(keys.StoredKey, authMessage);
        var proof = new byte[clientSignature.Length];
        for (var i = 0; i < proof.Length; i++)
        {
            proof[i] = (byte)(keys.ClientKey[i] ^ clientSignature[i]);
        }

        var serverSignature = _algorithm.Hmac(keys.ServerKey, authMessage);
        var clientFinal = withoutProof + ",p=" + Convert.ToBase64String(proof);
        return new ScramClientFinalStep(ScramClient.Utf8(clientFinal), serverSignature);
    }

    private static void RejectErrorOrMandatoryExtension(ScramMessage serverFirst)
    {
        switch (serverFirst.NameAt(0))
        {
            case 'e':
                throw new MongoAuthenticationException($"The server refused SCRAM authentication: {serverFirst.Require(0, 'e')}.");
            case 'm':
                // RFC 5802 section 5.1: "m" is reserved for mandatory extensions; a client that does not know it MUST fail.
                throw new MongoAuthenticationException("The SCRAM server-first message requires an unsupported mandatory extension (m=).");
            default:
                return;
        }
    }
}
