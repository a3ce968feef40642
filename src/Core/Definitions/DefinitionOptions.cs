namespace Serverless.Core.Definitions;

/// <summary>The <c>graphql:</c> configuration that affects definition-time validation (reference §1).</summary>
public sealed record DefinitionOptions
{
    public static DefinitionOptions Default { get; } = new();

    /// <summary>Limit of a query mapping without <c>limit</c> (§6.5).</summary>
    public int DefaultLimit { get; init; } = 100;

    /// <summary>Upper bound of a numeric <c>limit</c> (§2.5).</summary>
    public int MaxLimit { get; init; } = 1000;

    /// <summary>When set, every query/aggregation mapping's db must equal <see cref="AppDefinitionDb"/> (§2.5).</summary>
    public bool RestrictMappingDb { get; init; }

    /// <summary>The database the app definition is stored in; used by <see cref="RestrictMappingDb"/>.</summary>
    public string AppDefinitionDb { get; init; } = "restheart";
}
