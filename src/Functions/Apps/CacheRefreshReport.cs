using System.Globalization;

namespace Serverless.Functions.Apps;

/// <summary>What one revalidation pass did (§14): the counts and one line per change, for logs and appsUpdater.</summary>
public sealed record CacheRefreshReport(int Compiled, int Recompiled, int Unchanged, int Evicted, int Invalid, IReadOnlyList<string> Changes)
{
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"app cache revalidated: {Compiled} compiled, {Recompiled} recompiled, {Unchanged} unchanged, {Evicted} evicted, {Invalid} invalid");
}
