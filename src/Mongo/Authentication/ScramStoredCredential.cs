using System.Security.Cryptography;

namespace Serverless.Mongo;

/// <summary>
/// What a server stores for one user and one SCRAM mechanism (RFC 5802 section 2.1, "StoredKey" and "ServerKey";
/// MongoDB keeps them in admin.system.users as credentials.SCRAM-SHA-*): enough to verify a proof and to sign the
/// server-final message, never the password itself.
/// </summary>
public sealed class ScramStoredCredential
{
    private readonly byte[] _salt;
    private readonly byte[] _storedKey;
    private readonly byte[] _serverKey;

    private ScramStoredCredential(ScramAlgorithm algorithm, string username, byte[] salt, int iterationCount, byte[] storedKey, byte[] serverKey)
    {
        Algorithm = algorithm;
        Username = username;
        _salt = salt;
        IterationCount = iterationCount;
        _storedKey = storedKey;
        _serverKey = serverKey;
    }

    public ScramAlgorithm Algorithm { get; }

    public string Username { get; }

    public ReadOnlySpan<byte> Salt => _salt;

    public int IterationCount { get; }

    public ReadOnlySpan<byte> StoredKey => _storedKey;

    public ReadOnlySpan<byte> ServerKey => _serverKey;

    /// <summary>Rebuilds a credential from persisted values.</summary>
    /// <exception cref="ArgumentException">A key is not one hash long, the salt is empty, or the iteration count
    /// is below <see cref="ScramAlgorithm.MinimumIterationCount"/> (clients would refuse it).</exception>
    public static ScramStoredCredential Create(
        ScramAlgorithm algorithm,
        string username,
        ReadOnlySpan<byte> salt,
        int iterationCount,
        ReadOnlySpan<byte> storedKey,
        ReadOnlySpan<byte> serverKey)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentException.ThrowIfNullOrEmpty(username);
        if (salt.IsEmpty)
        {
            throw new ArgumentException("The SCRAM salt must not be empty.", nameof(salt));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterationCount, ScramAlgorithm.MinimumIterationCount);
        RequireHashLength(algorithm, storedKey, nameof(storedKey));
        RequireHashLength(algorithm, serverKey, nameof(serverKey));
        return new ScramStoredCredential(algorithm, username, salt.ToArray(), iterationCount, storedKey.ToArray(), serverKey.ToArray());
    }

    /// <summary>Derives the stored keys for a configured user, the way a server does on createUser.</summary>
    public static ScramStoredCredential FromPassword(ScramAlgorithm algorithm, string username, string password, ReadOnlySpan<byte> salt, int iterationCount)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterationCount, ScramAlgorithm.MinimumIterationCount);
        var keys = ScramKeys.Derive(algorithm, algorithm.PreparePassword(username, password), salt, iterationCount);
        return Create(algorithm, username, salt, iterationCount, keys.StoredKey, keys.ServerKey);
    }

    /// <summary>
    /// Same, with a fresh random salt (hash size minus 4 bytes, as mongod generates) and the mechanism's default
    /// iteration count.
    /// </summary>
    public static ScramStoredCredential FromPassword(ScramAlgorithm algorithm, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return FromPassword(algorithm, username, password, RandomNumberGenerator.GetBytes(algorithm.HashSize - 4), algorithm.DefaultIterationCount);
    }

    private static void RequireHashLength(ScramAlgorithm algorithm, ReadOnlySpan<byte> key, string name)
    {
        if (key.Length != algorithm.HashSize)
        {
            throw new ArgumentException($"A {algorithm.MechanismName} key is {algorithm.HashSize} bytes, not {key.Length}.", name);
        }
    }
}
