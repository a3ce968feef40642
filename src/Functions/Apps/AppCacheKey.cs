namespace Serverless.Functions.Apps;

/// <summary>RESTHeart's cache key (§14): definitions db, definitions collection, app uri.</summary>
public readonly record struct AppCacheKey(string Database, string Collection, string Uri);
