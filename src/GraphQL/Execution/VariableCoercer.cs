using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.1.2 CoerceVariableValues, with graphql-js 17 messages; all errors are collected before giving up.</summary>
internal static class VariableCoercer
{
    public static IReadOnlyDictionary<string, object?> Coerce(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        inputs ??= new Dictionary<string, object?>();
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var locations = ErrorLocations.Of([definition]);
            var type = TypeReferences.Resolve(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", locations));
                continue;
            }

            var hasValue = inputs.TryGetValue(name, out var value);
            if (!hasValue && definition.DefaultValue is { } defaultValue)
            {
                // A default that does not coerce is a validation error (§5.8); treat it like any invalid input here.
                if (ValueCoercion.TryCoerceInputLiteral(defaultValue, type, null, out var coercedDefault))
                {
                    coerced[name] = coercedDefault;
                }
                else
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" has invalid default value: {Printer.Print(defaultValue)}.", locations));
                }

                continue;
            }

            if (type is NonNullType && (!hasValue || IsNull(value)))
            {
                errors.Add(Invalid(name, hasValue
                    ? $"Expected value of non-null type \"{type}\" not to be null."
                    : $"Expected a value of non-null type \"{type}\" to be provided.", [], locations));
                continue;
            }

            if (!hasValue)
            {
                continue;
            }

            try
            {
                coerced[name] = IsNull(value) ? null : ValueCoercion.CoerceInputValue(value, type);
            }
            catch (CoercionException exception)
            {
                // Coercion stops at the first problem; graphql-js reports each bad item and field, so list them all.
                var reasons = ValueCoercion.ValidateInputValue(value, type);
                foreach (var reason in reasons.Count > 0 ? reasons : [exception])
                {
                    errors.Add(Invalid(name, reason.Message, reason.ValuePath, locations));
                }
            }
        }

        return coerced;
    }

    private static bool IsNull(object? value) =>
        value is null || value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null };

    /// <summary>graphql-js 17 wording: <c>Variable "$v" has invalid value at .field[0]: reason</c>.</summary>
    private static GraphQLError Invalid(string name, string reason, IReadOnlyList<object> valuePath, IReadOnlyList<ErrorLocation> locations)
    {
        var at = valuePath.Count == 0 ? string.Empty : $" at {string.Concat(valuePath.Select(key => key is int index ? $"[{index}]" : $".{key}"))}";
        return new GraphQLError($"Variable \"${name}\" has invalid value{at}: {reason}", locations);
    }
}
