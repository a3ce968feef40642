using System.Diagnostics.CodeAnalysis;
using System.Net;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>
/// TLS through a TLS-terminating proxy in front of the embedded server (URI Options spec: tls, tlsCAFile,
/// tlsAllowInvalidCertificates, tlsAllowInvalidHostnames, tlsInsecure).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fields through IAsyncLifetime.DisposeAsync.")]
public sealed class TlsTests : IAsyncLifetime
{
    private readonly TestCertificates _certificates = new();
    private EmbeddedMongoServer? _backend;
    private string? _caFile;

    private EmbeddedMongoServer Backend => _backend ?? throw new InvalidOperationException("not started");

    private string CAFile => _caFile ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _backend = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);
        _caFile = await _certificates.WriteAuthorityPemAsync();
    }

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }

        if (_caFile is not null)
        {
            File.Delete(_caFile);
        }

        _certificates.Dispose();
    }

    [Fact]
    public async Task Certificate_signed_by_the_tls_ca_file_authority_is_trusted()
    {
        using var certificate = _certificates.IssueServerCertificate(IPAddress.Loopback, dnsName: null);
        await using var proxy = new TlsTerminatingProxy(certificate, Backend.Port);
        await using var client = new MongoClient($"mongodb://127.0.0.1:{proxy.Port}/?tls=true&tlsCAFile={Uri.EscapeDataString(CAFile)}");
        var people = client.GetDatabase("app").GetCollection("people");

        await people.InsertOneAsync(new BsonDocument([new("_id", 1)]));

        (await people.CountDocumentsAsync(BsonDocument.Empty)).ShouldBe(1);
    }

    [Fact]
    public async Task Certificate_from_an_untrusted_authority_is_refused()
    {
        using var certificate = _certificates.IssueServerCertificate(IPAddress.Loopback, dnsName: null);
        await using var proxy = new TlsTerminatingProxy(certificate, Backend.Port);

        var error = await Should.ThrowAsync<MongoConnectionException>(() => OpenAsync($"mongodb://127.0.0.1:{proxy.Port}/?tls=true"));

        error.Message.ShouldContain("connect failed: The remote certificate was rejected");
        error.ServerAddress.ShouldBe($"127.0.0.1:{proxy.Port}");
    }

    [Fact]
    public async Task Tls_allow_invalid_certificates_accepts_an_untrusted_certificate()
    {
        using var certificate = _certificates.IssueServerCertificate(IPAddress.Loopback, dnsName: null);
        await using var proxy = new TlsTerminatingProxy(certificate, Backend.Port);
        await using var client = new MongoClient($"mongodb://127.0.0.1:{proxy.Port}/?tls=true&tlsAllowInvalidCertificates=true");

        var reply = await client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)]));

        reply["ok"].ShouldBe((BsonValue)1.0);
    }

    [Fact]
    public async Task Host_name_mismatch_is_refused_even_with_a_trusted_authority()
    {
        using var certificate = _certificates.IssueServerCertificate(ipAddress: null, "other.example");
        await using var proxy = new TlsTerminatingProxy(certificate, Backend.Port);

        var error = await Should.ThrowAsync<MongoConnectionException>(
            () => OpenAsync($"mongodb://127.0.0.1:{proxy.Port}/?tls=true&tlsCAFile={Uri.EscapeDataString(CAFile)}"));

        error.Message.ShouldContain("connect failed: The remote certificate was rejected");
    }

    [Theory]
    [InlineData("tlsAllowInvalidHostnames=true", true)]
    [InlineData("tlsInsecure=true", false)]
    public async Task Host_name_mismatch_is_accepted_with_tls_allow_invalid_hostnames_or_tls_insecure(string option, bool trustAuthority)
    {
        var options = trustAuthority ? $"{option}&tlsCAFile={Uri.EscapeDataString(CAFile)}" : option;
        using var certificate = _certificates.IssueServerCertificate(ipAddress: null, "other.example");
        await using var proxy = new TlsTerminatingProxy(certificate, Backend.Port);
        await using var client = new MongoClient($"mongodb://127.0.0.1:{proxy.Port}/?tls=true&{options}");

        var reply = await client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)]));

        reply["ok"].ShouldBe((BsonValue)1.0);
    }

    private static async Task OpenAsync(string uri)
    {
        var settings = ConnectionString.Parse(uri);
        await using var connection = await MongoConnection.OpenAsync(settings.Hosts[0], settings, CancellationToken.None);
    }
}
