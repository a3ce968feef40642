using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Serverless.Mongo;

/// <summary>Certificate trust for TLS connections configured by the URI (URI Options spec, "tlsCAFile").</summary>
internal static class TlsTrust
{
    /// <summary>
    /// A chain policy that trusts exactly the CA certificates of the PEM file: tlsCAFile replaces the system trust
    /// store rather than adding to it, as other drivers do. Revocation is not checked, as SslStream does not by
    /// default for the system store either, so both paths behave alike (URI Options spec leaves OCSP/CRL checking
    /// to the driver; a private CA seldom publishes revocation lists).
    /// </summary>
    /// <exception cref="MongoConfigurationException">The file cannot be read or holds no certificate.</exception>
    public static async Task<X509ChainPolicy> ChainPolicyFromCAFileAsync(string path, CancellationToken cancellationToken)
    {
        string pem;
        try
        {
            pem = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MongoConfigurationException($"tlsCAFile '{path}' cannot be read: {ex.Message}", ex);
        }

        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPem(pem);
        }
        catch (CryptographicException ex)
        {
            throw new MongoConfigurationException($"tlsCAFile '{path}' is not a PEM certificate file: {ex.Message}", ex);
        }

        if (authorities.Count == 0)
        {
            throw new MongoConfigurationException($"tlsCAFile '{path}' holds no certificate.");
        }

        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.AddRange(authorities);
        return policy;
    }
}
