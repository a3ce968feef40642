using Microsoft.Net.Http.Headers;
using Serverless.Functions.Configuration;

namespace Serverless.Functions.Http;

/// <summary>
/// CORS for the GraphQL routes (reference §3.1 steps 3 and 5). RESTHeart echoes the Origin (or <c>*</c>) with
/// credentials allowed; here the echo is limited to the configured origins. Unlike RESTHeart (quirk 20) the
/// headers are also on 404/405 answers, so a browser client can read why its call failed.
/// </summary>
public static class CorsHeaders
{
    /// <summary>What a preflight may ask for: RESTHeart's list (§3.1 step 5).</summary>
    public const string AllowedRequestHeaders = "Authorization, Content-Type, Accept, X-Requested-With, No-Auth-Challenge";

    public const string AllowedMethods = "GET, POST, OPTIONS";

    public static void Apply(HttpContext context, CorsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var headers = context.Response.Headers;
        var origin = context.Request.Headers.Origin.ToString();
        headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (origin.Length == 0)
        {
            if (settings.AllowsAnyOrigin)
            {
                headers.AccessControlAllowOrigin = "*";
            }

            return;
        }

        if (!settings.Allows(origin))
        {
            return;
        }

        headers.AccessControlAllowOrigin = origin;
        headers.AccessControlAllowCredentials = "true";
        headers.AccessControlExposeHeaders = "Content-Type, X-Request-Id";
    }

    /// <summary>Preflight extras (§3.1 step 5), only for an allowed origin.</summary>
    public static void ApplyPreflight(HttpContext context, CorsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        if (context.Response.Headers.AccessControlAllowOrigin.Count == 0)
        {
            return;
        }

        context.Response.Headers.AccessControlAllowMethods = AllowedMethods;
        context.Response.Headers.AccessControlAllowHeaders = AllowedRequestHeaders;
        context.Response.Headers.AccessControlMaxAge = "86400";
    }
}
