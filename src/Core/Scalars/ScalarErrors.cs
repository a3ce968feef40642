using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>The client-facing coercion messages shared by the BSON scalars (reference §12.1–§12.3).</summary>
internal static class ScalarErrors
{
    /// <summary>Result coercion mismatch (§12.1 "Coercion is strict"): names what was stored and what the type needs.</summary>
    public static CoercionException CannotSerialize(string scalar, string expected, object? value) =>
        new($"{scalar} cannot represent a value of type '{Describe(value)}'; expected {expected}.");

    /// <summary>§12.2: a literal of the wrong kind, in RESTHeart's wording.</summary>
    public static CoercionException WrongLiteral(string expectedKind, ValueNode literal) =>
        new($"Expected input type '{expectedKind}' but was '{literal.Kind}'.");

    /// <summary>A variable value of the wrong JSON kind (§12.3).</summary>
    public static CoercionException WrongValue(string scalar, string expected, object? value) =>
        new($"{scalar} cannot represent {ValueInspector.Inspect(value)}; expected {expected}.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        _ => value.GetType().Name,
    };
}
