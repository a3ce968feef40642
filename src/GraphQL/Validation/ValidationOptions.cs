namespace Serverless.GraphQL.Validation;

/// <summary>Knobs of <see cref="DocumentValidator.Validate"/>, with graphql-js 17 defaults.</summary>
public sealed class ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// After this many errors validation stops and appends one "Too many validation errors" error, bounding the work a
    /// hostile document can cause (graphql-js <c>maxErrors</c>, default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Omit "Did you mean …?" suggestions, which otherwise reveal schema names to clients.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The rules to apply, in reporting order; defaults to <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<IValidationRule>? Rules { get; init; }
}
