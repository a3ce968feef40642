namespace Serverless.Core.Definitions;

/// <summary>The outcome of loading an app definition: the definition, or the first error of §2.5's order.</summary>
public sealed record DefinitionResult
{
    private DefinitionResult(AppDefinition? definition, string? error)
    {
        Definition = definition;
        Error = error;
    }

    public AppDefinition? Definition { get; }

    /// <summary>The message users see after "Wrong GraphQL App definition: " (§2.6).</summary>
    public string? Error { get; }

    public bool IsValid => Definition is not null;

    public static DefinitionResult Valid(AppDefinition definition) => new(definition ?? throw new ArgumentNullException(nameof(definition)), null);

    public static DefinitionResult Invalid(string error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
