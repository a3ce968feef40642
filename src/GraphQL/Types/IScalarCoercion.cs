using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// The behaviour of a scalar (§3.5): how internal values become results and how inputs become internal values.
/// Built-in scalars have fixed implementations; hosts supply one per custom scalar (e.g. BSON ObjectId).
/// Every method throws <see cref="CoercionException"/> with a client-facing message when the value is invalid.
/// </summary>
public interface IScalarCoercion
{
    /// <summary>Result coercion: internal value → serializable result (string, bool, number, or a JSON-like tree).</summary>
    object? Serialize(object? value);

    /// <summary>Input coercion of a variable value given in the neutral JSON-like model (see <see cref="ValueCoercion"/>).</summary>
    object? ParseValue(object? value);

    /// <summary>
    /// Input coercion of a literal (§3.5 "Input Coercion"). <paramref name="variables"/> are already-coerced variable
    /// values, needed when the literal is an object or list that contains variables.
    /// </summary>
    object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);

    /// <summary>The literal that would parse back to <paramref name="value"/>, used to print default values (§4.2.4); null when none exists.</summary>
    ValueNode? ValueToLiteral(object? value);
}
