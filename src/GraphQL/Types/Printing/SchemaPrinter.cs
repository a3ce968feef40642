using System.Text;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly like graphql-js <c>printSchema</c>: schema definition only when the roots are not
/// the default names or there is a description, then custom directives, then types other than the built-in
/// scalars and introspection types, separated by blank lines.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directive => !directive.IsSpecifiedDirective).Select(PrintDirective));
        parts.AddRange(schema.OrderedTypes
            .Where(type => !type.IsIntrospectionType && !(type is ScalarType scalar && scalar.IsSpecifiedScalar))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var builder = new StringBuilder(DescriptionPrinter.Print(type.Description));
        switch (type)
        {
            case ScalarType scalar:
                builder.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is { } url)
                {
                    builder.Append(" @specifiedBy(url: ").Append(DescriptionPrinter.Quoted(url)).Append(')');
                }

                break;
            case ImplementingType implementing:
                builder.Append(implementing is ObjectType ? "type " : "interface ").Append(implementing.Name);
                if (implementing.Interfaces.Count > 0)
                {
                    builder.Append(" implements ").AppendJoin(" & ", implementing.Interfaces.Select(iface => iface.Name));
                }

                builder.AppendLines(implementing.Fields.Select((field, i) =>
                    DescriptionPrinter.Print(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
                    + ": " + field.Type + DescriptionPrinter.Deprecated(field.DeprecationReason)));
                break;
            case UnionType union:
                builder.Append("union ").Append(union.Name);
                if (union.Types.Count > 0)
                {
                    builder.Append(" = ").AppendJoin(" | ", union.Types.Select(member => member.Name));
                }

                break;
            case EnumType enumType:
                builder.Append("enum ").Append(enumType.Name).AppendLines(enumType.Values.Select((value, i) =>
                    DescriptionPrinter.Print(value.Description, "  ", i == 0) + "  " + value.Name + DescriptionPrinter.Deprecated(value.DeprecationReason)));
                break;
            case InputObjectType input:
                builder.Append("input ").Append(input.Name).Append(input.IsOneOf ? " @oneOf" : string.Empty).AppendLines(input.Fields.Select((field, i) =>
                    DescriptionPrinter.Print(field.Description, "  ", i == 0) + "  " + PrintInputValue(field)));
                break;
        }

        return builder.ToString();
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var roots = new (string Operation, string DefaultName, ObjectType? Type)[]
        {
            ("query", "Query", schema.QueryType), ("mutation", "Mutation", schema.MutationType), ("subscription", "Subscription", schema.SubscriptionType),
        };

        // §3.3.1: with the default root names the schema definition may be omitted.
        var usesDefaultNames = roots.All(root => root.Type is null || root.Type.Name == root.DefaultName);
        if (schema.Description is null && usesDefaultNames)
        {
            return null;
        }

        var operations = roots.Where(root => root.Type is not null).Select(root => $"  {root.Operation}: {root.Type!.Name}");
        return DescriptionPrinter.Print(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        DescriptionPrinter.Print(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocationNames.GetName));

    private static string PrintArguments(IReadOnlyList<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(argument => argument.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        var lines = arguments.Select((argument, i) => DescriptionPrinter.Print(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue input) =>
        input.Name + ": " + input.Type
        + (input.DefaultValueLiteral is { } literal ? " = " + Printer.Print(literal) : string.Empty)
        + DescriptionPrinter.Deprecated(input.DeprecationReason);
}
