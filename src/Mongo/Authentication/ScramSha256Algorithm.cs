using System.Security.Cryptography;
using System.Text;

namespace Serverless.Mongo;

/// <summary>SCRAM-SHA-256 (RFC 7677); MongoDB SASLprep's the password and not the username.</summary>
internal sealed class ScramSha256Algorithm : ScramAlgorithm
{
    public override string MechanismName => "SCRAM-SHA-256";

    public override int HashSize => SHA256.HashSizeInBytes;

    // mongod's scramSHA256IterationCount default.
    public override int DefaultIterationCount => 15000;

    private protected override HashAlgorithmName HashAlgorithmName => HashAlgorithmName.SHA256;

    public override byte[] PreparePassword(string username, string password) =>
        Encoding.UTF8.GetBytes(SaslPrep.Prepare(password));

    public override byte[] Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) => HMACSHA256.HashData(key, data);

    public override byte[] Hash(ReadOnlySpan<byte> data) => SHA256.HashData(data);
}
