namespace Serverless.Mongo;

/// <summary>
/// The keys RFC 5802 section 3 derives from a salted password: ClientKey = HMAC(SaltedPassword, "Client Key"),
/// ServerKey = HMAC(SaltedPassword, "Server Key"), StoredKey = H(ClientKey).
/// </summary>
internal sealed class ScramKeys
{
    private static readonly byte[] ClientKeyLabel = "Client Key"u8.ToArray();
    private static readonly byte[] ServerKeyLabel = "Server Key"u8.ToArray();

    private ScramKeys(byte[] clientKey, byte[] storedKey, byte[] serverKey)
    {
        ClientKey = clientKey;
        StoredKey = storedKey;
        ServerKey = serverKey;
    }

    public byte[] ClientKey { get; }

    public byte[] StoredKey { get; }

    public byte[] ServerKey { get; }

    public static ScramKeys FromSaltedPassword(ScramAlgorithm algorithm, ReadOnlySpan<byte> saltedPassword)
    {
        var clientKey = algorithm.Hmac(saltedPassword, ClientKeyLabel);
        return new ScramKeys(clientKey, algorithm.Hash(clientKey), algorithm.Hmac(saltedPassword, ServerKeyLabel));
    }

    /// <summary>Runs Hi() (the expensive PBKDF2 step) and derives the keys from its result.</summary>
    public static ScramKeys Derive(ScramAlgorithm algorithm, ReadOnlySpan<byte> preparedPassword, ReadOnlySpan<byte> salt, int iterations) =>
        FromSaltedPassword(algorithm, algorithm.Hi(preparedPassword, salt, iterations));
}
