using Serverless.Core.Compilation;

namespace Serverless.Functions.Apps;

/// <summary>The app serving a request, or why there is none (the message of a 400 or 500, §3.4).</summary>
public sealed record AppLookup(AppLookupStatus Status, CompiledApp? App, string? Message)
{
    public static AppLookup NotFound { get; } = new(AppLookupStatus.NotFound, null, null);
}
