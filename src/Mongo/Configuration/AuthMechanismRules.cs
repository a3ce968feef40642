using System.Diagnostics.CodeAnalysis;

namespace Serverless.Mongo;

/// <summary>
/// What one authentication mechanism requires of a credential (Authentication spec, "Mechanisms": the
/// username/source/password/mechanism_properties rules of each), and how it defaults them.
/// </summary>
internal abstract class AuthMechanismRules
{
    protected const string External = "$external";

    private static readonly Dictionary<string, AuthMechanismRules> ByName = new(StringComparer.Ordinal)
    {
        ["SCRAM-SHA-1"] = new PasswordMechanismRules("SCRAM-SHA-1", "admin"),
        ["SCRAM-SHA-256"] = new PasswordMechanismRules("SCRAM-SHA-256", "admin"),
        ["PLAIN"] = new PasswordMechanismRules("PLAIN", External),
        ["GSSAPI"] = new GssapiMechanismRules(),
        ["MONGODB-X509"] = new X509MechanismRules(),
        ["MONGODB-AWS"] = new AwsMechanismRules(),
        ["MONGODB-OIDC"] = new OidcMechanismRules(),
    };

    private static readonly AuthMechanismRules Negotiated = new PasswordMechanismRules(null, "admin");

    protected AuthMechanismRules(string? name) => Name = name;

    /// <summary>The mechanism name, or null for the negotiated default.</summary>
    public string? Name { get; }

    /// <summary>True for mechanisms whose source must be "$external" (the path database is ignored).</summary>
    protected virtual bool ExternalOnly => true;

    /// <summary>The rules for <paramref name="mechanism"/> (already validated and upper-cased), or the default's.</summary>
    public static AuthMechanismRules For(string? mechanism) => mechanism is null ? Negotiated : ByName[mechanism];

    public MongoCredential Create(string? username, string? password, string? authSource, string? database, IReadOnlyDictionary<string, string> properties)
    {
        string source;
        if (ExternalOnly)
        {
            if (authSource is not null && authSource != External)
            {
                throw new MongoConfigurationException($"{Name} credentials are defined in '$external'; authSource '{authSource}' is invalid.");
            }

            source = External;
        }
        else
        {
            source = authSource ?? database ?? DefaultSource;
        }

        CheckUser(username, password);
        var finalProperties = CheckProperties(username, properties);
        return new MongoCredential(username, password, source, Name, finalProperties);
    }

    /// <summary>The source when neither authSource nor a database is given (non-external mechanisms).</summary>
    protected virtual string DefaultSource => External;

    protected abstract void CheckUser(string? username, string? password);

    /// <summary>Validates authMechanismProperties and adds defaults; by default the mechanism takes none.</summary>
    protected virtual IReadOnlyDictionary<string, string> CheckProperties(string? username, IReadOnlyDictionary<string, string> properties) =>
        properties.Count == 0
            ? properties
            : throw new MongoConfigurationException($"Mechanism {Name ?? "(default)"} takes no authMechanismProperties.");

    [DoesNotReturn]
    protected void Fail(string rule) => throw new MongoConfigurationException($"{Name ?? "Default"} authentication: {rule}");

    protected void RejectUnknown(IReadOnlyDictionary<string, string> properties, params string[] allowed)
    {
        var unknown = properties.Keys.FirstOrDefault(key => !allowed.Contains(key, StringComparer.Ordinal));
        if (unknown is not null)
        {
            Fail($"authMechanismProperties '{unknown}' is not supported; allowed are {string.Join(", ", allowed)}.");
        }
    }
}
