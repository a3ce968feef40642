using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Operations;

/// <summary>/healthz: process up, MongoDB reachable, app cache state.</summary>
public sealed class HealthEndpointTests : IClassFixture<ServedApps>
{
    private readonly ServiceUnderTest _service;

    public HealthEndpointTests(ServedApps apps) => _service = apps.Service;

    [Fact]
    public async Task A_healthy_service_reports_mongodb_reachable_and_its_cached_apps()
    {
        using var response = await _service.SendAsync(HttpMethod.Get, "/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().ShouldBe("ok");
        body.RootElement.GetProperty("mongo").GetProperty("reachable").GetBoolean().ShouldBeTrue();
        var cache = body.RootElement.GetProperty("appCache");
        cache.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        cache.GetProperty("apps").GetInt32().ShouldBeGreaterThanOrEqualTo(4); // people, nested/app/v1, bad, mflix
        cache.GetProperty("invalid").GetInt32().ShouldBe(1);
        cache.GetProperty("lastRefresh").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Unreachable_mongodb_makes_the_service_report_503()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }

        await using var service = await ServiceUnderTest.StartAsync($"mongodb://127.0.0.1:{port}/?serverSelectionTimeoutMS=300");
        using var response = await service.SendAsync(HttpMethod.Get, "/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("mongo").GetProperty("reachable").GetBoolean().ShouldBeFalse();
        body.RootElement.GetProperty("appCache").GetProperty("lastRefreshError").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_root_path_answers_the_hosts_readiness_probe()
    {
        using var response = await _service.SendAsync(HttpMethod.Get, "/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
