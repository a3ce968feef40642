using System.Security.Cryptography;
using System.Text;

namespace Serverless.Mongo;

/// <summary>
/// The server side of one SCRAM conversation (RFC 5802 section 3 and 5): answers the client-first message with
/// the server-first message, then verifies the client-final message's proof against the stored credential and
/// answers with the server signature. Any failure ends the conversation; a failed proof gives MongoDB's generic
/// "Authentication failed." (code 18) so the reply does not reveal whether the user exists.
/// </summary>
public sealed class ScramServerConversation
{
    private readonly ScramAlgorithm _algorithm;
    private readonly string _database;
    private readonly IScramCredentialStore _store;
    private readonly IScramNonceGenerator _nonceGenerator;
    private bool _started;
    private PendingProof? _pending;

    public ScramServerConversation(ScramAlgorithm algorithm, string database, IScramCredentialStore store, IScramNonceGenerator? nonceGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentException.ThrowIfNullOrEmpty(database);
        ArgumentNullException.ThrowIfNull(store);
        _algorithm = algorithm;
        _database = database;
        _store = store;
        _nonceGenerator = nonceGenerator ?? RandomScramNonceGenerator.Instance;
    }

    /// <summary>The user whose proof verified, or null until then.</summary>
    public string? AuthenticatedUsername { get; private set; }

    public bool IsComplete => AuthenticatedUsername is not null;

    /// <summary>Handles client-first-message = gs2-header client-first-bare; returns server-first-message.</summary>
    /// <exception cref="MongoAuthenticationException">Malformed message, unknown user, or called twice.</exception>
    public byte[] ProcessClientFirst(ReadOnlySpan<byte> clientFirst)
    {
        if (_started)
        {
            throw new MongoAuthenticationException("The SCRAM conversation has already received its client-first message.");
        }

        _started = true;
        var text = ScramMessage.DecodeUtf8(clientFirst, "client-first message");
        var (gs2Header, bareText) = SplitGs2Header(text);
        var bare = ScramMessage.Parse(bareText, "client-first message");
        if (bare.NameAt(0) == 'm')
        {
            throw new MongoAuthenticationException("The SCRAM client-first message requires an unsupported mandatory extension (m=).");
        }

        var username = SaslName.Unescape(bare.Require(0, 'n'));
        if (username.Length == 0)
        {
            throw new MongoAuthenticationException("Invalid SCRAM client-first message: the username is empty.");
        }

        var clientNonce = bare.RequireNonce(1);
        var credential = _store.Find(_database, username, _algorithm)
            ?? throw new MongoAuthenticationException();

        var serverNonce = _nonceGenerator.Generate();
        if (string.IsNullOrEmpty(serverNonce) || serverNonce.Any(c => c is < '!' or > '~' or ','))
        {
            throw new InvalidOperationException("The SCRAM server nonce generator produced a nonce that is not printable ASCII without ','.");
        }

        var combinedNonce = clientNonce + serverNonce;
        var serverFirst = "r=" + combinedNonce + ",s=" + Convert.ToBase64String(credential.Salt) + ",i=" +
            credential.IterationCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _pending = new PendingProof(credential, gs2Header, combinedNonce, bareText + "," + serverFirst + ",");
        return Encoding.UTF8.GetBytes(serverFirst);
    }

    /// <summary>Handles client-final-message; returns server-final-message ("v=" ServerSignature).</summary>
    /// <exception cref="MongoAuthenticationException">Out of order, malformed, wrong channel binding or nonce,
    /// or the proof does not verify.</exception>
    public byte[] ProcessClientFinal(ReadOnlySpan<byte> clientFinal)
    {
        var pending = _pending
            ?? throw new MongoAuthenticationException("The SCRAM conversation is not waiting for a client-final message.");

        // Whatever happens next, a proof is checked at most once per conversation.
        _pending = null;
        var message = ScramMessage.Parse(clientFinal, "client-final message");
        var channelBinding = message.RequireBase64(0, 'c');
        if (!channelBinding.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(pending.Gs2Header)))
        {
            throw new MongoAuthenticationException(
                "Invalid SCRAM client-final message: the channel binding (c=) does not match the client-first message's gs2 header (RFC 5802 section 5.1).");
        }

        if (!string.Equals(message.Require(1, 'r'), pending.CombinedNonce, StringComparison.Ordinal))
        {
            throw new MongoAuthenticationException("SCRAM nonce mismatch: the client-final message's nonce is not the one the server sent.");
        }

        // RFC 5802 section 7: proof is the last attribute; extensions may sit between the nonce and the proof.
        var proofIndex = message.Count - 1;
        var proof = message.RequireBase64(proofIndex, 'p');
        if (proofIndex < 2 || proof.Length != _algorithm.HashSize)
        {
            throw new MongoAuthenticationException($"Invalid SCRAM client-final message: the proof must be a {_algorithm.HashSize}-byte value after c= and r=.");
        }

        var withoutProof = message.Text[..message.Text.LastIndexOf(",p=", StringComparison.Ordinal)];
        var authMessage = Encoding.UTF8.GetBytes(pending.AuthMessagePrefix + withoutProof);
        var credential = pending.Credential;

        // RFC 5802 section 3: ClientKey = ClientProof XOR HMAC(StoredKey, AuthMessage); the proof is right when
        // H(ClientKey) equals StoredKey. Compared in constant time so timing does not leak partial matches.
        var clientSignature = _algorithm.Hmac(credential.StoredKey, authMessage);
        for (var i = 0; i < proof.Length; i++)
        {
            proof[i] ^= clientSignature[i];
        }

        if (!CryptographicOperations.FixedTimeEquals(_algorithm.Hash(proof), credential.StoredKey))
        {
            throw new MongoAuthenticationException();
        }

        AuthenticatedUsername = credential.Username;
        return Encoding.UTF8.GetBytes("v=" + Convert.ToBase64String(_algorithm.Hmac(credential.ServerKey, authMessage)));
    }

    // RFC 5802 section 7: gs2-header = gs2-cbind-flag "," [authzid] ",". "n" (client does not support channel
    // binding) and "y" (client does, thinks the server does not) are fine; "p=" asks for binding we do not offer.
    private static (string Gs2Header, string Bare) SplitGs2Header(string text)
    {
        var firstComma = text.IndexOf(',', StringComparison.Ordinal);
        var secondComma = firstComma < 0 ? -1 : text.IndexOf(',', firstComma + 1);
        if (secondComma < 0)
        {
            throw new MongoAuthenticationException("Invalid SCRAM client-first message: it does not start with a gs2 header such as \"n,,\".");
        }

        var flag = text[..firstComma];
        if (flag is not ("n" or "y"))
        {
            throw new MongoAuthenticationException(
                $"Invalid SCRAM client-first message: channel binding flag '{flag}' is not supported (expected \"n\" or \"y\").");
        }

        var authzid = text[(firstComma + 1)..secondComma];
        if (authzid.Length != 0)
        {
            // MongoDB Authentication spec: drivers send no authzid; the server authorizes as the authenticated user.
            throw new MongoAuthenticationException("Invalid SCRAM client-first message: an authorization identity (a=) is not supported.");
        }

        return (text[..(secondComma + 1)], text[(secondComma + 1)..]);
    }

    private sealed record PendingProof(ScramStoredCredential Credential, string Gs2Header, string CombinedNonce, string AuthMessagePrefix);
}
