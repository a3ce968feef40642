using System.Security.Cryptography;

namespace Serverless.Mongo;

/// <summary>
/// One SCRAM hash family (RFC 5802 section 2.2): its mechanism name, HMAC and H functions, and how MongoDB turns
/// a user's password into the "Normalize(password)" input of Hi() (MongoDB Authentication spec, SCRAM-SHA-1 and
/// SCRAM-SHA-256 sections). The two instances are <see cref="Sha1"/> and <see cref="Sha256"/>.
/// </summary>
public abstract class ScramAlgorithm
{
    /// <summary>MongoDB Authentication spec: clients MUST fail if the server's iteration count is below 4096.</summary>
    public const int MinimumIterationCount = 4096;

    private protected ScramAlgorithm()
    {
    }

    public static ScramAlgorithm Sha1 { get; } = new ScramSha1Algorithm();

    public static ScramAlgorithm Sha256 { get; } = new ScramSha256Algorithm();

    /// <summary>The SASL mechanism name, "SCRAM-SHA-1" or "SCRAM-SHA-256".</summary>
    public abstract string MechanismName { get; }

    /// <summary>Output size of H and HMAC in bytes.</summary>
    public abstract int HashSize { get; }

    /// <summary>The iteration count a server uses for new users (mongod's scramIterationCount defaults).</summary>
    public abstract int DefaultIterationCount { get; }

    /// <summary>The mechanism with this exact name.</summary>
    /// <exception cref="ArgumentException">Not SCRAM-SHA-1 or SCRAM-SHA-256.</exception>
    public static ScramAlgorithm FromMechanismName(string mechanismName) =>
        TryFromMechanismName(mechanismName)
        ?? throw new ArgumentException($"'{mechanismName}' is not a SCRAM mechanism; expected SCRAM-SHA-1 or SCRAM-SHA-256.", nameof(mechanismName));

    public static ScramAlgorithm? TryFromMechanismName(string? mechanismName) => mechanismName switch
    {
        "SCRAM-SHA-1" => Sha1,
        "SCRAM-SHA-256" => Sha256,
        _ => null,
    };

    /// <summary>
    /// Default mechanism negotiation (MongoDB Authentication spec, "Default Authentication Methods"): SCRAM-SHA-256
    /// when the hello reply's saslSupportedMechs lists it, otherwise SCRAM-SHA-1 (also when the field is absent).
    /// </summary>
    public static ScramAlgorithm Negotiate(IEnumerable<string>? saslSupportedMechs) =>
        saslSupportedMechs?.Contains(Sha256.MechanismName, StringComparer.Ordinal) == true ? Sha256 : Sha1;

    /// <summary>The bytes fed to Hi() as the password for this user.</summary>
    public abstract byte[] PreparePassword(string username, string password);

    public abstract byte[] Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data);

    public abstract byte[] Hash(ReadOnlySpan<byte> data);

    /// <summary>RFC 5802 section 2.2: Hi(str, salt, i) is PBKDF2 with HMAC as the PRF and dkLen = hash size.</summary>
    public byte[] Hi(ReadOnlySpan<byte> preparedPassword, ReadOnlySpan<byte> salt, int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        return Rfc2898DeriveBytes.Pbkdf2(preparedPassword, salt, iterations, HashAlgorithmName, HashSize);
    }

    public override string ToString() => MechanismName;

    private protected abstract HashAlgorithmName HashAlgorithmName { get; }
}
