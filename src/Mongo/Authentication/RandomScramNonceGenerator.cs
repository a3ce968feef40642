using System.Security.Cryptography;

namespace Serverless.Mongo;

/// <summary>
/// Nonces from 24 cryptographically random bytes, base64-encoded: base64 is printable and never contains ','
/// (RFC 5802 section 5.1), and 192 bits make a repeat practically impossible.
/// </summary>
public sealed class RandomScramNonceGenerator : IScramNonceGenerator
{
    private const int NonceBytes = 24;

    public static RandomScramNonceGenerator Instance { get; } = new();

    public string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(NonceBytes));
}
