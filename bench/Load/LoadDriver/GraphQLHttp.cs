using System.Net;
using System.Net.Http.Headers;

namespace Serverless.Load;

/// <summary>Sends one GraphQL POST the way every load request is sent, and builds the driver's HTTP client.</summary>
internal static class GraphQLHttp
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>
    /// A client for <paramref name="connections"/> concurrent callers: one pooled keep-alive connection each, no
    /// cookies, proxy or decompression, so the driver does as little as it can per request.
    /// </summary>
    public static HttpClient CreateClient(int connections) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>POSTs <paramref name="body"/> as application/json and returns the status and the whole body.</summary>
    public static async Task<(HttpStatusCode Status, byte[] Body)> PostAsync(HttpClient client, Uri endpoint, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        // GraphQL over HTTP §Accept: the new media type first, plain JSON for servers that only know that.
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
    }
}
