using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>Input coercion of scalar and enum values, with host failures turned into graphql-js-worded errors.</summary>
internal static class LeafCoercion
{
    public static object? ParseValue(NamedType type, object value, IReadOnlyList<object> path)
    {
        string Found() => ValueInspector.Inspect(value);
        return Guard(type, path, Found, () => Leaf(type, path, Found).ParseValue(value));
    }

    public static object? ParseLiteral(NamedType type, ValueNode literal, IReadOnlyDictionary<string, object?>? variables, IReadOnlyList<object> path)
    {
        string Found() => Printer.Print(literal);
        return Guard(type, path, Found, () => Leaf(type, path, Found).ParseLiteral(literal, variables));
    }

    private static LeafType Leaf(NamedType type, IReadOnlyList<object> path, Func<string> found) => type as LeafType
        ?? throw new CoercionException($"Expected value of type \"{type}\" to be a scalar or enum, found: {found()}.") { ValuePath = path };

    private static object? Guard(NamedType type, IReadOnlyList<object> path, Func<string> found, Func<object?> parse)
    {
        try
        {
            return parse();
        }
        catch (CoercionException error) when (error.ValuePath.Count == 0 && path.Count > 0)
        {
            throw new CoercionException(error.Message, error) { ValuePath = path };
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            // A host scalar signalled bad input with a framework exception: report it like graphql-js does (§3.5 Input Coercion).
            throw new CoercionException($"Expected value of type \"{type}\", but encountered error \"{error.Message}\"; found: {found()}.", error) { ValuePath = path };
        }
    }
}
