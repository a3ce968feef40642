using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Serverless.Mongo;

/// <summary>
/// SCRAM-SHA-1 (RFC 5802) as MongoDB uses it: the password fed to Hi() is HEX(MD5(username + ":mongo:" + password)),
/// with no SASLprep (MongoDB Authentication spec, "SCRAM-SHA-1").
/// </summary>
[SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "SCRAM-SHA-1 is defined on SHA-1 (RFC 5802); the server dictates the mechanism.")]
[SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "MongoDB's SCRAM-SHA-1 password digest is MD5 by protocol definition.")]
internal sealed class ScramSha1Algorithm : ScramAlgorithm
{
    public override string MechanismName => "SCRAM-SHA-1";

    public override int HashSize => SHA1.HashSizeInBytes;

    // mongod's scramIterationCount default.
    public override int DefaultIterationCount => 10000;

    private protected override HashAlgorithmName HashAlgorithmName => HashAlgorithmName.SHA1;

    public override byte[] PreparePassword(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(username + ":mongo:" + password));
        return Encoding.ASCII.GetBytes(Convert.ToHexStringLower(digest));
    }

    public override byte[] Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) => HMACSHA1.HashData(key, data);

    public override byte[] Hash(ReadOnlySpan<byte> data) => SHA1.HashData(data);
}
