using Microsoft.Net.Http.Headers;

namespace Serverless.Functions.Http;

/// <summary>
/// The response Content-Type (graphql-over-http "Accept" and "Legacy Watershed"; reference §3.3):
/// <c>application/graphql-response+json</c>, or <c>application/json</c> when that is the only JSON type the
/// client accepts. Accept naming neither type is ignored (no 406), as RESTHeart always answers.
/// </summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    // The last single Accept value and its choice: a client sends the same header on every request, and parsing
    // it allocated a list of MediaTypeHeaderValues per response.
    private static LastChoice? s_last;

    public static string Choose(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is { Count: 1 } && acceptHeaders[0] is { } header)
        {
            if (Volatile.Read(ref s_last) is { } last && string.Equals(last.Header, header, StringComparison.Ordinal))
            {
                return last.MediaType;
            }

            var chosen = Parse(acceptHeaders);
            Volatile.Write(ref s_last, new LastChoice(header, chosen));
            return chosen;
        }

        return Parse(acceptHeaders);
    }

    private static string Parse(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0
            || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges) || ranges.Count == 0)
        {
            return GraphQLResponse;
        }

        var acceptsJson = false;
        foreach (var range in ranges)
        {
            if (range.Quality is 0)
            {
                continue;
            }

            var type = range.MediaType.Value ?? string.Empty;
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                || type.Equals("*/*", StringComparison.Ordinal)
                || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            acceptsJson |= type.Equals(Json, StringComparison.OrdinalIgnoreCase);
        }

        return acceptsJson ? Json : GraphQLResponse;
    }

    private sealed record LastChoice(string Header, string MediaType);
}
