namespace Serverless.Mongo;

/// <summary>
/// Source of SCRAM nonces (RFC 5802 section 5.1 "r="). Production uses <see cref="RandomScramNonceGenerator"/>;
/// tests inject a fixed nonce to replay recorded conversations byte for byte.
/// </summary>
public interface IScramNonceGenerator
{
    /// <summary>A fresh nonce of printable ASCII (0x21–0x7E) without ','.</summary>
    string Generate();
}
