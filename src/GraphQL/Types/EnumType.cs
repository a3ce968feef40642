using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>A leaf type with a closed set of named values (§3.9).</summary>
public sealed class EnumType : LeafType
{
    private readonly Dictionary<string, EnumValue> _byName = new(StringComparer.Ordinal);

    public EnumType(string name, IEnumerable<EnumValue> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = [.. values];
        foreach (var value in Values)
        {
            _byName.TryAdd(value.Name, value);
        }
    }

    public IReadOnlyList<EnumValue> Values { get; }

    public override TypeKind Kind => TypeKind.Enum;

    public EnumValue? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>§3.9 Result Coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public override object? Serialize(object? value) => SerializeName(value);

    /// <summary>Like <see cref="Serialize"/>, typed as the value name.</summary>
    public string SerializeName(object? value)
    {
        foreach (var candidate in Values)
        {
            if (Equals(candidate.Value, value))
            {
                return candidate.Name;
            }
        }

        throw new CoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>§3.9 Input Coercion of a variable value: a string naming one of the values.</summary>
    public override object? ParseValue(object? value)
    {
        if (value is not string name)
        {
            var shown = ValueInspector.Inspect(value);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-string value: {shown}.{DidYouMean(shown)}");
        }

        return GetValue(name) is { } found
            ? found.Value
            : throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.{DidYouMean(name)}");
    }

    /// <summary>§3.9 Input Coercion of a literal: only an enum literal naming one of the values.</summary>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumNode)
        {
            var shown = Printer.Print(literal);
            throw new CoercionException($"Enum \"{Name}\" cannot represent non-enum value: {shown}.{DidYouMean(shown)}");
        }

        return GetValue(enumNode.Value) is { } found
            ? found.Value
            : throw new CoercionException($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum.{DidYouMean(enumNode.Value)}");
    }

    public override ValueNode? ValueToLiteral(object? value) =>
        Values.FirstOrDefault(candidate => Equals(candidate.Value, value)) is { } found ? new EnumValueNode(default, found.Name) : null;

    // graphql-js appends the closest value names to enum input errors.
    private string DidYouMean(string input) =>
        Suggestions.DidYouMean(Suggestions.Rank(input, Values.Select(value => value.Name)), "the enum value");
}
