namespace Serverless.Functions.Apps;

/// <summary>The cache as /healthz reports it.</summary>
public sealed record AppCacheState(bool Enabled, int Apps, int Invalid, DateTimeOffset? LastRefresh, string? LastRefreshError);
