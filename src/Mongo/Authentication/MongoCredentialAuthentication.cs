namespace Serverless.Mongo;

/// <summary>
/// Turns a connection string's <see cref="MongoCredential"/> into what the handshake needs (MongoDB Authentication
/// spec, "Default Authentication Methods" and "Speculative Authentication"): the saslSupportedMechs request for
/// hello, a speculative SCRAM authenticator, and the authenticator chosen from hello's reply.
/// </summary>
public static class MongoCredentialAuthentication
{
    /// <summary>
    /// hello's saslSupportedMechs value, "source.username", when the mechanism is to be negotiated; null when the
    /// credential names its mechanism (the spec only asks the server when the driver must choose).
    /// </summary>
    public static string? SaslSupportedMechsRequest(MongoCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return credential.Mechanism is null && credential.Username is not null ? credential.Source + "." + credential.Username : null;
    }

    /// <summary>
    /// The authenticator for a speculative attempt in hello: the credential's mechanism, or SCRAM-SHA-256 when it
    /// is to be negotiated (the spec's choice before the server has said what it supports).
    /// </summary>
    /// <exception cref="MongoAuthenticationException">Not a SCRAM credential, or no username or password.</exception>
    public static SaslAuthenticator CreateSpeculative(MongoCredential credential, ScramCache? cache = null, IScramNonceGenerator? nonceGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Create(credential, ChooseAlgorithm(credential, ScramAlgorithm.Sha256), cache, nonceGenerator);
    }

    /// <summary>
    /// The authenticator after hello: the credential's mechanism, or the one negotiated from hello's
    /// saslSupportedMechs (SCRAM-SHA-256 if listed, otherwise SCRAM-SHA-1).
    /// </summary>
    /// <exception cref="MongoAuthenticationException">Not a SCRAM credential, or no username or password.</exception>
    public static SaslAuthenticator Create(
        MongoCredential credential,
        IEnumerable<string>? saslSupportedMechs,
        ScramCache? cache = null,
        IScramNonceGenerator? nonceGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Create(credential, ChooseAlgorithm(credential, ScramAlgorithm.Negotiate(saslSupportedMechs)), cache, nonceGenerator);
    }

    private static ScramAlgorithm ChooseAlgorithm(MongoCredential credential, ScramAlgorithm negotiated) =>
        credential.Mechanism is null
            ? negotiated
            : ScramAlgorithm.TryFromMechanismName(credential.Mechanism)
              ?? throw new MongoAuthenticationException(
                  $"Authentication mechanism {credential.Mechanism} is not supported by this client; use SCRAM-SHA-256 or SCRAM-SHA-1.");

    private static SaslAuthenticator Create(MongoCredential credential, ScramAlgorithm algorithm, ScramCache? cache, IScramNonceGenerator? nonceGenerator)
    {
        if (string.IsNullOrEmpty(credential.Username) || credential.Password is null)
        {
            throw new MongoAuthenticationException($"{algorithm.MechanismName} needs a username and a password.");
        }

        return new SaslAuthenticator(new ScramClient(algorithm, credential.Username, credential.Password, cache, nonceGenerator), credential.Source);
    }
}
