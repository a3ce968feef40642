using Serverless.Bson;

namespace Serverless.Functions.Apps;

/// <summary>
/// What the cache needs to know of a definition document before (or without) compiling it: its uri and whether it
/// is enabled, read the way Core reads them, so that invalid definitions can be answered and evicted too.
/// </summary>
public static class AppDocument
{
    /// <summary>
    /// <c>descriptor.uri</c> when it is a string, else a string <c>_id</c> (§2.1); leading and trailing <c>/</c>
    /// trimmed on both sides (§2.1 [REC]). Null when the document names no reachable uri.
    /// </summary>
    public static string? UriOf(BsonDocument definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.GetValueOrDefault("descriptor") is BsonDocument descriptor
            && descriptor.GetValueOrDefault("uri") is BsonString uri)
        {
            return Normalize(uri.Value);
        }

        return definition.GetValueOrDefault("_id") is BsonString id ? Normalize(id.Value) : null;
    }

    /// <summary>A missing descriptor or <c>enabled</c> means enabled (§2.2 [REC]); only a literal false disables.</summary>
    public static bool IsEnabled(BsonDocument definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return !(definition.GetValueOrDefault("descriptor") is BsonDocument descriptor
            && descriptor.GetValueOrDefault("enabled") is BsonBoolean { Value: false });
    }

    /// <summary>The request side of §3.1: the path after <c>/graphql/</c>, without surrounding slashes.</summary>
    public static string Normalize(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Trim('/');
    }
}
