namespace Serverless.Functions.Configuration;

/// <summary>
/// Which browser origins may call the GraphQL routes (reference §3.1 step 3, §3.1 step 5). <c>*</c> (the default)
/// echoes any request's Origin, as RESTHeart does; otherwise only the listed origins get CORS headers.
/// </summary>
public sealed record CorsSettings
{
    public IReadOnlyList<string> AllowedOrigins { get; init; } = ["*"];

    public bool AllowsAnyOrigin => AllowedOrigins.Contains("*", StringComparer.Ordinal);

    public bool Allows(string origin) =>
        AllowsAnyOrigin || AllowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
}
