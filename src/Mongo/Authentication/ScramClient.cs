using System.Text;

namespace Serverless.Mongo;

/// <summary>
/// The client side of SCRAM-SHA-1 / SCRAM-SHA-256 (RFC 5802, RFC 7677, MongoDB Authentication spec) as a SASL
/// mechanism: <see cref="Start"/> yields the client-first step, which turns the server-first message into the
/// client-final step, which verifies the server-final message. Reusable: each Start is a new conversation.
/// </summary>
public sealed class ScramClient : ISaslMechanism
{
    // MongoDB Authentication spec: drivers MUST NOT advertise channel binding, so the gs2 header is always "n,,"
    // with no authzid, and the channel-binding attribute of the client-final message is base64("n,,") = "biws".
    internal const string Gs2Header = "n,,";

    private readonly string _username;
    private readonly string _password;
    private readonly ScramCache? _cache;
    private readonly IScramNonceGenerator _nonceGenerator;

    /// <param name="cache">Optional cache of derived keys shared across connections.</param>
    /// <param name="nonceGenerator">Nonce source; defaults to <see cref="RandomScramNonceGenerator"/>.</param>
    public ScramClient(
        ScramAlgorithm algorithm,
        string username,
        string password,
        ScramCache? cache = null,
        IScramNonceGenerator? nonceGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        Algorithm = algorithm;
        _username = username;
        _password = password;
        _cache = cache;
        _nonceGenerator = nonceGenerator ?? RandomScramNonceGenerator.Instance;
    }

    public ScramAlgorithm Algorithm { get; }

    public string Name => Algorithm.MechanismName;

    /// <exception cref="ArgumentException">SASLprep rejects the password (SCRAM-SHA-256).</exception>
    /// <exception cref="MongoAuthenticationException">The nonce generator produced an invalid nonce.</exception>
    public SaslStep Start()
    {
        var nonce = _nonceGenerator.Generate();
        if (string.IsNullOrEmpty(nonce) || nonce.Any(c => c is < '!' or > '~' or ','))
        {
            throw new MongoAuthenticationException("The SCRAM client nonce must be non-empty printable ASCII without ',' (RFC 5802 section 5.1).");
        }

        // MongoDB Authentication spec: usernames are never SASLprep'ed, only escaped as a saslname.
        var clientFirstBare = "n=" + SaslName.Escape(_username) + ",r=" + nonce;
        var preparedPassword = Algorithm.PreparePassword(_username, _password);
        return new ScramClientFirstStep(Algorithm, _cache, preparedPassword, clientFirstBare, nonce);
    }

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
