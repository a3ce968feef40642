using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.2 CoerceArgumentValues, with graphql-js 17 messages (arguments named by schema coordinate).</summary>
internal static class ArgumentCoercer
{
    /// <exception cref="GraphQLException">A required argument is missing or null, or a literal does not coerce.</exception>
    public static IReadOnlyDictionary<string, object?> Coerce(Field definition, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(definition.Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in definition.Arguments)
        {
            var given = FindArgument(node, argument.Name);
            var hasValue = given is not null;
            object? value = null;
            if (given is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out value);
            }

            if (!hasValue)
            {
                if (argument.HasDefaultValue)
                {
                    coerced[argument.Name] = argument.DefaultValue;
                }
                else if (argument.Type is NonNullType)
                {
                    throw new GraphQLException(given is VariableNode unset
                        ? $"Argument \"{argument}\" has invalid value: Expected variable \"${unset.Name.Value}\" provided to type \"{argument.Type}\" to provide a runtime value."
                        : $"Argument \"{argument}\" of required type \"{argument.Type}\" was not provided.");
                }

                continue;
            }

            if (given is not VariableNode)
            {
                value = CoerceLiteral(argument, given!, variables);
            }

            if (value is null && argument.Type is NonNullType)
            {
                throw new GraphQLException(given is VariableNode nullVariable
                    ? $"Argument \"{argument}\" has invalid value: Expected variable \"${nullVariable.Name.Value}\" provided to non-null type \"{argument.Type}\" not to be null."
                    : $"Argument \"{argument}\" has invalid value: Expected value of non-null type \"{argument.Type}\" not to be null.");
            }

            coerced[argument.Name] = value;
        }

        return coerced;
    }

    /// <summary>Whether any argument value mentions a variable; without one the coerced arguments never change.</summary>
    public static bool UsesVariables(FieldNode node) => node.Arguments.Any(argument => MentionsVariable(argument.Value));

    private static object? CoerceLiteral(Argument argument, ValueNode literal, IReadOnlyDictionary<string, object?> variables)
    {
        try
        {
            return ValueCoercion.CoerceInputLiteral(literal, argument.Type, variables);
        }
        catch (CoercionException exception)
        {
            var at = exception.ValuePath.Count == 0 ? string.Empty : $" at {string.Concat(exception.ValuePath.Select(key => key is int index ? $"[{index}]" : $".{key}"))}";
            throw new GraphQLException($"Argument \"{argument}\" has invalid value{at}: {exception.Message}", exception);
        }
    }

    private static ValueNode? FindArgument(FieldNode node, string name)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool MentionsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(MentionsVariable),
        ObjectValueNode map => map.Fields.Any(field => MentionsVariable(field.Value)),
        _ => false,
    };
}
