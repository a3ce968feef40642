using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// A scalar or enum (§3.5, §3.9): the types whose values are coerced directly rather than field by field.
/// All methods throw <see cref="CoercionException"/> with a client-facing message for invalid values.
/// </summary>
public abstract class LeafType : NamedType
{
    private protected LeafType(string name)
        : base(name)
    {
    }

    public override bool IsInputType => true;

    public override bool IsOutputType => true;

    /// <summary>Result coercion: an internal value to its serialized result.</summary>
    public abstract object? Serialize(object? value);

    /// <summary>Input coercion of an external (variable) value in the neutral JSON-like model.</summary>
    public abstract object? ParseValue(object? value);

    /// <summary>Input coercion of a literal; <paramref name="variables"/> are coerced variable values.</summary>
    public abstract object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>The literal for an internal value (for printing defaults); null when none exists.</summary>
    public abstract ValueNode? ValueToLiteral(object? value);
}
