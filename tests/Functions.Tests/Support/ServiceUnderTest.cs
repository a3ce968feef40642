using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Serverless.Functions.Hosting;

namespace Serverless.Functions.Tests.Support;

/// <summary>The service on a free loopback port of the real Kestrel server, and an HttpClient aimed at it.</summary>
public sealed class ServiceUnderTest : IAsyncDisposable
{
    private ServiceUnderTest(RunningService service)
    {
        Service = service;
        Http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public RunningService Service { get; }

    public HttpClient Http { get; }

    /// <summary>Starts against <paramref name="mongoUri"/> with the given settings (keys as in configuration, e.g. GraphQL:AppCacheTtrMs).</summary>
    public static async Task<ServiceUnderTest> StartAsync(string? mongoUri, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (mongoUri is not null)
        {
            overrides["MONGODB_URI"] = mongoUri;
        }

        var service = await FunctionsApplication.StartAsync(["--urls", "http://127.0.0.1:0"], overrides, configure, CancellationToken.None);
        return new ServiceUnderTest(service);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string? accept = null) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), accept);

    public Task<HttpResponseMessage> PostGraphQLAsync(string path, string query, string? accept = null) =>
        SendAsync(HttpMethod.Post, path, new StringContent(query, Encoding.UTF8, "application/graphql"), accept);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? accept = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await Http.SendAsync(request);
    }

    public static MediaTypeHeaderValue? MediaTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Service.DisposeAsync();
    }
}
