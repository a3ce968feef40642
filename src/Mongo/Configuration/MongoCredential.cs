namespace Serverless.Mongo;

/// <summary>
/// The credential a connection string describes (Authentication spec, "MongoCredential"). A null
/// <see cref="Mechanism"/> means "negotiate" (SCRAM-SHA-256 or SCRAM-SHA-1 from the server's hello).
/// </summary>
public sealed class MongoCredential
{
    internal MongoCredential(string? username, string? password, string source, string? mechanism, IReadOnlyDictionary<string, string> mechanismProperties)
    {
        Username = username;
        Password = password;
        Source = source;
        Mechanism = mechanism;
        MechanismProperties = mechanismProperties;
    }

    /// <summary>The user name, percent-decoded; null for mechanisms that take it from elsewhere (X509, AWS).</summary>
    public string? Username { get; }

    /// <summary>The password, percent-decoded; "" when the URI had "user:@", null when it had no colon.</summary>
    public string? Password { get; }

    /// <summary>The database the credential is defined in (authSource, else the mechanism's default).</summary>
    public string Source { get; }

    /// <summary>The upper-case mechanism name (e.g. "SCRAM-SHA-256"), or null to negotiate.</summary>
    public string? Mechanism { get; }

    /// <summary>authMechanismProperties, with the mechanism's defaults filled in (GSSAPI: SERVICE_NAME=mongodb).</summary>
    public IReadOnlyDictionary<string, string> MechanismProperties { get; }

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{Mechanism ?? "default"} credential for '{Username}' on '{Source}'";
}
