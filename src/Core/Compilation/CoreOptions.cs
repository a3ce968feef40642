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

    /// <summary>Adds <c>extensions.dataloader.overall-statistics</c> to results (§9.5).</summary>
    public bool Verbose { get; init; }
}
