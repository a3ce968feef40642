using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>A throwaway certificate authority and server certificates it signs, for TLS tests.</summary>
internal sealed class TestCertificates : IDisposable
{
    private readonly ECDsa _caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestCertificates()
    {
        var request = new CertificateRequest("CN=Serverless Test CA", _caKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        Authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
    }

    public X509Certificate2 Authority { get; }

    /// <summary>Writes the CA certificate as PEM to a temporary file (the caller deletes it).</summary>
    public async Task<string> WriteAuthorityPemAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"serverless-test-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(path, Authority.ExportCertificatePem());
        return path;
    }

    /// <summary>A server certificate signed by the CA, valid for <paramref name="ipAddress"/> or <paramref name="dnsName"/>.</summary>
    public X509Certificate2 IssueServerCertificate(IPAddress? ipAddress, string? dnsName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + (dnsName ?? ipAddress?.ToString() ?? "server"), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        if (ipAddress is not null)
        {
            names.AddIpAddress(ipAddress);
        }

        if (dnsName is not null)
        {
            names.AddDnsName(dnsName);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var issued = request.Create(Authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);

        // A PKCS#12 round trip gives SslStream a certificate whose private key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), password: null);
    }

    public void Dispose()
    {
        Authority.Dispose();
        _caKey.Dispose();
    }
}
