namespace Serverless.Mongo;

/// <summary>
/// SCRAM-SHA-1, SCRAM-SHA-256, PLAIN and the negotiated default: a user name is required; the source is
/// authSource, else the URI's database, else "admin" ("$external" for PLAIN). An explicit mechanism also
/// requires a password; the default allows "mongodb://user@host" (valid-auth.json, "Username without password").
/// </summary>
internal sealed class PasswordMechanismRules(string? name, string defaultSource) : AuthMechanismRules(name)
{
    protected override bool ExternalOnly => false;

    protected override string DefaultSource => defaultSource;

    protected override void CheckUser(string? username, string? password)
    {
        if (username is null)
        {
            Fail("a user name is required.");
        }

        if (Name is not null && password is null)
        {
            Fail("a password is required.");
        }
    }
}

/// <summary>GSSAPI (Kerberos): user name required, password optional, SERVICE_NAME defaults to "mongodb".</summary>
internal sealed class GssapiMechanismRules() : AuthMechanismRules("GSSAPI")
{
    private static readonly string[] Canonicalizations = ["none", "forward", "forwardAndReverse", "true", "false"];

    protected override void CheckUser(string? username, string? password)
    {
        if (username is null)
        {
            Fail("a user name (the Kerberos principal) is required.");
        }
    }

    protected override IReadOnlyDictionary<string, string> CheckProperties(string? username, IReadOnlyDictionary<string, string> properties)
    {
        RejectUnknown(properties, "SERVICE_NAME", "CANONICALIZE_HOST_NAME", "SERVICE_REALM", "SERVICE_HOST");
        if (properties.TryGetValue("CANONICALIZE_HOST_NAME", out var canonicalize) && !Canonicalizations.Contains(canonicalize, StringComparer.Ordinal))
        {
            Fail($"CANONICALIZE_HOST_NAME must be one of {string.Join(", ", Canonicalizations)}, not '{canonicalize}'.");
        }

        var result = new Dictionary<string, string>(properties, StringComparer.Ordinal);
        result.TryAdd("SERVICE_NAME", "mongodb");
        return result;
    }
}

/// <summary>MONGODB-X509: the user name is optional (taken from the certificate); a password is an error.</summary>
internal sealed class X509MechanismRules() : AuthMechanismRules("MONGODB-X509")
{
    protected override void CheckUser(string? username, string? password)
    {
        if (password is not null)
        {
            Fail("a password must not be given; the client certificate authenticates.");
        }
    }
}

/// <summary>
/// MONGODB-AWS: credentials come only from the environment (AWS SDK chain: variables, web identity, ECS/EC2
/// endpoints). Authentication spec after DRIVERS-3131: a URI must not carry an access key id, secret or
/// AWS_SESSION_TOKEN, since those expire and would be pinned for the client's lifetime (a real risk in
/// serverless hosts such as Lambda or Azure Functions, where the client is static).
/// </summary>
internal sealed class AwsMechanismRules() : AuthMechanismRules("MONGODB-AWS")
{
    protected override void CheckUser(string? username, string? password)
    {
        if (username is not null || password is not null)
        {
            Fail("credentials must not be given in the connection string; they are read from the AWS environment.");
        }
    }

    protected override IReadOnlyDictionary<string, string> CheckProperties(string? username, IReadOnlyDictionary<string, string> properties) =>
        properties.Count == 0
            ? properties
            : throw new MongoConfigurationException("MONGODB-AWS authentication: authMechanismProperties (including AWS_SESSION_TOKEN) must not be given; the session token comes from the AWS environment.");
}

/// <summary>
/// MONGODB-OIDC: no password ever. A URI can only name a built-in ENVIRONMENT (callbacks cannot be written in a
/// URI), so ENVIRONMENT is required; azure and gcp need TOKEN_RESOURCE; only azure takes a user name (the
/// managed identity's client id).
/// </summary>
internal sealed class OidcMechanismRules() : AuthMechanismRules("MONGODB-OIDC")
{
    private static readonly string[] Environments = ["test", "azure", "gcp", "k8s"];
    private static readonly string[] NeedTokenResource = ["azure", "gcp"];

    protected override void CheckUser(string? username, string? password)
    {
        if (password is not null)
        {
            Fail("a password must not be given.");
        }
    }

    protected override IReadOnlyDictionary<string, string> CheckProperties(string? username, IReadOnlyDictionary<string, string> properties)
    {
        RejectUnknown(properties, "ENVIRONMENT", "TOKEN_RESOURCE");
        if (!properties.TryGetValue("ENVIRONMENT", out var environment))
        {
            Fail("ENVIRONMENT is required in authMechanismProperties when the mechanism is configured by URI.");
        }
        else if (!Environments.Contains(environment, StringComparer.Ordinal))
        {
            Fail($"ENVIRONMENT must be one of {string.Join(", ", Environments)}, not '{environment}'.");
        }

        var needsResource = NeedTokenResource.Contains(environment, StringComparer.Ordinal);
        if (needsResource != properties.ContainsKey("TOKEN_RESOURCE"))
        {
            Fail(needsResource ? $"ENVIRONMENT {environment} requires TOKEN_RESOURCE." : $"ENVIRONMENT {environment} does not take TOKEN_RESOURCE.");
        }

        if (username is not null && environment != "azure")
        {
            Fail($"ENVIRONMENT {environment} does not take a user name.");
        }

        return properties;
    }
}
