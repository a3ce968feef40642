using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Serverless.Mongo;

/// <summary>
/// Remembers the keys derived from (mechanism, password, salt, iteration count) so re-authenticating a pooled
/// connection skips PBKDF2, which is deliberately slow (RFC 5802 section 5.1 lets clients cache ClientKey and
/// ServerKey). Thread-safe; share one instance per client. Passwords are kept only as a SHA-256 fingerprint.
/// </summary>
public sealed class ScramCache
{
    private readonly ConcurrentDictionary<CacheKey, ScramKeys> _entries = new();
    private readonly int _capacity;

    /// <param name="capacity">Entries kept before the cache starts over; a client normally has one credential.</param>
    public ScramCache(int capacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    internal ScramKeys GetOrDerive(ScramAlgorithm algorithm, byte[] preparedPassword, byte[] salt, int iterations)
    {
        var key = new CacheKey(
            algorithm.MechanismName,
            Convert.ToBase64String(SHA256.HashData(preparedPassword)),
            Convert.ToBase64String(salt),
            iterations);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var keys = ScramKeys.Derive(algorithm, preparedPassword, salt, iterations);

        // Credentials rarely change, so a full cache means something unusual (many users on one client);
        // starting over keeps memory bounded without the bookkeeping of an LRU.
        if (_entries.Count >= _capacity)
        {
            _entries.Clear();
        }

        _entries[key] = keys;
        return keys;
    }

    private readonly record struct CacheKey(string Mechanism, string PasswordFingerprint, string Salt, int Iterations);
}
