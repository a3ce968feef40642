using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// Checks a literal against an input type without variable values (graphql-js 17 <c>validateInputLiteral</c>, static
/// mode): §5.6.1 coercibility, §5.6.2 known input fields, §5.6.4 required input fields and the OneOf rule of §3.10.1.
/// Variables are left to §5.8.5; every problem is reported, not only the first.
/// </summary>
internal sealed class LiteralValidator(Action<string, SyntaxNode> report, bool hideSuggestions)
{
    public void Validate(ValueNode value, GraphQLType type)
    {
        if (value is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                report($"Expected value of non-null type \"{type}\" not to be null.", value);
                return;
            }

            Validate(value, nonNull.OfType);
            return;
        }

        if (value is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                ValidateList(value, list);
                break;
            case InputObjectType inputObject:
                ValidateObject(value, inputObject);
                break;
            case EnumType enumType:
                ValidateEnum(value, enumType);
                break;
            case ScalarType scalar:
                ValidateScalar(value, scalar);
                break;
            default:
                throw new InvalidOperationException($"{type} is not an input type.");
        }
    }

    private void ValidateList(ValueNode value, ListType list)
    {
        // §3.11 Input Coercion: a single value stands for a list of one.
        if (value is ListValueNode items)
        {
            foreach (var item in items.Values)
            {
                Validate(item, list.OfType);
            }
        }
        else
        {
            Validate(value, list.OfType);
        }
    }

    private void ValidateObject(ValueNode value, InputObjectType type)
    {
        if (value is not ObjectValueNode objectValue)
        {
            report($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value);
            return;
        }

        // As graphql-js: the last of duplicated fields is checked (duplicates are UniqueInputFieldNames' to report).
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in objectValue.Fields)
        {
            given[field.Name.Value] = field;
        }

        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var fieldNode))
            {
                Validate(fieldNode.Value, field.Type);
            }
            else if (field.IsRequired)
            {
                report($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(value)}.", value);
            }
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in objectValue.Fields)
        {
            var name = fieldNode.Name.Value;
            if (type.GetField(name) is not null)
            {
                known.Add(fieldNode);
                continue;
            }

            var suggestion = hideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.Rank(name, type.Fields.Select(f => f.Name)));
            var found = suggestion.Length > 0 ? $".{suggestion} Found" : ", found";
            report($"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{found}: {Printer.Print(value)}.", fieldNode);
        }

        if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
        {
            report($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", value);
        }
    }

    private void ValidateEnum(ValueNode value, EnumType type)
    {
        var printed = Printer.Print(value);
        var suggestion = hideSuggestions
            ? string.Empty
            : Suggestions.DidYouMean(Suggestions.Rank(printed, type.Values.Select(v => v.Name)), "the enum value");
        if (value is not EnumValueNode enumValue)
        {
            report($"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.{suggestion}", value);
        }
        else if (type.GetValue(enumValue.Value) is null)
        {
            report($"Value \"{printed}\" does not exist in \"{type.Name}\" enum.{suggestion}", value);
        }
    }

    private void ValidateScalar(ValueNode value, ScalarType type)
    {
        try
        {
            type.ParseLiteral(StaticLiteral.WithoutVariables(value));
        }
        catch (CoercionException error)
        {
            // The scalar's own message (graphql-js wording for the built-in scalars).
            report(error.Message, value);
        }
    }
}
