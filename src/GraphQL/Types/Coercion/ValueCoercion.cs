using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Input value coercion for validation and execution (§3.5–§3.12 "Input Coercion", §6.4.1, §6.4.2).
/// <para>
/// External (variable) values use a neutral JSON-like model: <c>null</c>, <see cref="bool"/>, <see cref="string"/>,
/// any CLR number (JSON readers give <see cref="long"/> or <see cref="double"/>), lists as any non-string
/// <see cref="System.Collections.IEnumerable"/>, and objects as <see cref="IReadOnlyDictionary{TKey,TValue}"/> of
/// string to object. A <see cref="System.Text.Json.JsonElement"/> anywhere in that tree is accepted too.
/// </para>
/// <para>
/// Coerced (internal) values: scalars as their coercion returns them (Int → <see cref="int"/>, Float →
/// <see cref="double"/>, String/ID → <see cref="string"/>, Boolean → <see cref="bool"/>), enums as the enum value's
/// internal <see cref="EnumValue.Value"/>, lists as <c>object?[]</c>, input objects as
/// <see cref="Dictionary{TKey,TValue}"/> holding only provided or defaulted fields.
/// </para>
/// </summary>
public static class ValueCoercion
{
    /// <summary>Coerces a literal; <paramref name="variables"/> are already-coerced variable values.</summary>
    /// <exception cref="CoercionException">The literal is not valid for the type.</exception>
    public static object? CoerceInputLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        return new LiteralCoercer(variables).Coerce(literal, type);
    }

    /// <summary>Like <see cref="CoerceInputLiteral"/> but reports failure instead of throwing (graphql-js <c>valueFromAST</c>).</summary>
    public static bool TryCoerceInputLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        try
        {
            value = CoerceInputLiteral(literal, type, variables);
            return true;
        }
        catch (CoercionException)
        {
            value = null;
            return false;
        }
    }

    /// <summary>Coerces an external value in the neutral JSON-like model (or a JsonElement) to the type.</summary>
    /// <exception cref="CoercionException">The value is not valid; <see cref="CoercionException.ValuePath"/> says where.</exception>
    public static object? CoerceInputValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new InputValueCoercer().Coerce(value, type);
    }

    /// <summary>
    /// Every reason <paramref name="value"/> does not coerce to <paramref name="type"/> (graphql-js <c>validateInputValue</c>
    /// order), for reporting after <see cref="CoerceInputValue"/> failed; empty when it coerces.
    /// </summary>
    public static IReadOnlyList<CoercionException> ValidateInputValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return InputValueValidator.Validate(value, type);
    }

    /// <summary>A literal as a neutral JSON-like value without a type (graphql-js <c>valueFromASTUntyped</c>).</summary>
    public static object? ValueFromAstUntyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return UntypedLiteral.ToValue(literal, variables);
    }

    /// <summary>The literal for an internal value of an input type (graphql-js <c>astFromValue</c>); null when none exists.</summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return AstFromValueConverter.Convert(value, type);
    }
}
