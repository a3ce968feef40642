using Serverless.Core.Definitions;
using Serverless.Core.Security;

namespace Serverless.Core.Compilation;

/// <summary>The <c>graphql:</c> configuration Core needs to compile and run apps (reference §1).</summary>
public sealed record CoreOptions
{
    /// <summary>Default/max limit and the mapping-db restriction, applied at definition time (§2.5, §6.5).</summary>
    public DefinitionOptions Definitions { get; init; } = DefinitionOptions.Default;

    /// <summary>Aggregation pipeline security (§7.5).</summary>
    public PipelineSecurityOptions PipelineSecurity { get; init; } = PipelineSecurityOptions.Default;

    /// <summary>query-time-limit (§13); zero or negative = off.</summary>
    public TimeSpan QueryTimeLimit { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Whether mappings that depend on their parent batch through the request's loader even without a
    /// <c>dataLoader</c> setting (issue 5: one round trip per level). Off = RESTHeart's behaviour: one query per
    /// parent unless the mapping configures a loader (benchmarks compare the two).
    /// </summary>
    public bool BatchByDefault { get; init; } = true;

    /// <summary>Adds <c>extensions.dataloader.overall-statistics</c> to results (§9.5).</summary>
    public bool Verbose { get; init; }
}
