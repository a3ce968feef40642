using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>What arguments and input fields share (§3.6.1, §3.10): a typed, optionally defaulted, named input.</summary>
public abstract class InputValue
{
    private readonly Lazy<(bool Ok, object? Value)> _default;

    private protected InputValue(string name, GraphQLType type)
    {
        NameValidator.Require(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        _default = new(CoerceDefault);
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The default value as written in SDL (§3.6.1 DefaultValue); null when there is none.</summary>
    public ValueNode? DefaultValueLiteral { get; init; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    /// <summary>
    /// The default coerced to <see cref="Type"/> (internal values: enum internals, scalar parse results), computed once.
    /// Null when there is no default or it is invalid (schema validation reports the latter).
    /// </summary>
    public object? DefaultValue => _default.Value.Value;

    /// <summary>Whether the default value coerces without error; true when there is none.</summary>
    public bool IsDefaultValueValid => _default.Value.Ok;

    /// <summary>The <c>@deprecated(reason:)</c> reason (§3.13.3); null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>§3.6.1: a non-null input without a default must be provided.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public InputValueDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    private (bool, object?) CoerceDefault()
    {
        if (DefaultValueLiteral is null)
        {
            return (true, null);
        }

        return ValueCoercion.TryCoerceInputLiteral(DefaultValueLiteral, Type, null, out var value) ? (true, value) : (false, null);
    }
}
