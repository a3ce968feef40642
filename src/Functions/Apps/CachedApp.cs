using Serverless.Core.Compilation;

namespace Serverless.Functions.Apps;

/// <summary>
/// One cache entry: the compiled app, or the reason its definition does not compile (answered with 400, §2.6),
/// tagged with the definition's version so revalidation can tell whether anything changed (§14 [REC]).
/// </summary>
public sealed record CachedApp(string Uri, string Version, bool Enabled, CompiledApp? App, string? Error);
