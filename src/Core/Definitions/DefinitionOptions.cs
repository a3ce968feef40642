namespace Serverless.Core.Definitions;

/// <summary>The <c>graphql:</c> configuration that affects definition-time validation (reference §1).</summary>
public sealed record DefinitionOptions
{
    private readonly int _defaultLimit = 100;
    private readonly int _maxLimit = 1000;

    public static DefinitionOptions Default { get; } = new();

    /// <summary>Limit of a query mapping without <c>limit</c> (§6.5); positive.</summary>
    public int DefaultLimit
    {
        get => _defaultLimit;
        init => _defaultLimit = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "default-limit must be positive.");
    }

    /// <summary>Upper bound of a numeric <c>limit</c> (§2.5); positive.</summary>
    public int MaxLimit
    {
        get => _maxLimit;
        init => _maxLimit = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "max-limit must be positive.");
    }

    /// <summary>When set, every query/aggregation mapping's db must equal <see cref="AppDefinitionDb"/> (§2.5).</summary>
    public bool RestrictMappingDb { get; init; }

    /// <summary>The database the app definition is stored in; used by <see cref="RestrictMappingDb"/>.</summary>
    public string AppDefinitionDb { get; init; } = "restheart";
}
