namespace Serverless.Core.Security;

/// <summary>
/// The <c>aggregationSecurity</c> configuration (§7.5). <see cref="Default"/> is RESTHeart's: enabled, stages
/// <c>$out $merge $lookup $graphLookup $unionWith</c> and operators <c>$where $function $accumulator</c>
/// blacklisted, no cross-database operations, no JavaScript. Names compare case-insensitively.
/// </summary>
public sealed record PipelineSecurityOptions
{
    public static PipelineSecurityOptions Default { get; } = new();

    public bool Enabled { get; init; } = true;

    public IReadOnlySet<string> BlacklistedStages { get; init; } =
        new HashSet<string>(["$out", "$merge", "$lookup", "$graphLookup", "$unionWith"], StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> BlacklistedOperators { get; init; } =
        new HashSet<string>(["$where", "$function", "$accumulator"], StringComparer.OrdinalIgnoreCase);

    public bool AllowCrossDatabaseOperations { get; init; }

    public bool AllowJavaScriptExecution { get; init; }
}
