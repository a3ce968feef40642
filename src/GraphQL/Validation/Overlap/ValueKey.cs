using System.Text;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Overlap;

/// <summary>
/// A key equal for two argument values exactly when they are the same literal, with input object fields compared
/// regardless of order (§5.3.2 SameArguments: "identical" values).
/// </summary>
internal static class ValueKey
{
    public static string Of(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Append(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case StringValueNode text:
                // graphql-js compares block and plain strings as different values.
                builder.Append(text.Block ? "B" : "S").Append(text.Value.Length).Append(':').Append(text.Value);
                break;
            default:
                builder.Append(value.Kind).Append(':').Append(Printer.Print(value));
                break;
        }
    }
}
