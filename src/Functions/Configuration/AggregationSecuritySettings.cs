namespace Serverless.Functions.Configuration;

/// <summary>
/// The <c>AggregationSecurity</c> settings (reference §7.5): null lists mean "the reference's defaults", which
/// Core's <c>PipelineSecurityOptions.Default</c> holds.
/// </summary>
public sealed record AggregationSecuritySettings
{
    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string>? BlacklistedStages { get; init; }

    public IReadOnlyList<string>? BlacklistedOperators { get; init; }

    public bool AllowCrossDatabaseOperations { get; init; }

    public bool AllowJavaScriptExecution { get; init; }
}
