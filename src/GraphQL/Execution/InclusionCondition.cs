using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// A <c>@skip(if: $v)</c> or <c>@include(if: $v)</c> whose outcome depends on a variable (§6.3.2 CollectFields
/// steps on @skip/@include). Literal conditions are decided while planning, so only these reach execution.
/// </summary>
internal sealed class InclusionCondition(string variable, bool isSkip)
{
    /// <summary>
    /// Reads the directives of a selection: false when a literal condition excludes it, otherwise the variable
    /// conditions still to check (none when it is always included).
    /// </summary>
    public static bool TryCreate(IReadOnlyList<DirectiveNode> directives, out IReadOnlyList<InclusionCondition> conditions)
    {
        conditions = [];
        List<InclusionCondition>? found = null;
        foreach (var directive in directives)
        {
            var isSkip = directive.Name.Value == "skip";
            if (!isSkip && directive.Name.Value != "include")
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(candidate => candidate.Name.Value == "if");
            switch (argument?.Value)
            {
                case BooleanValueNode literal when literal.Value == isSkip:
                    return false;
                case VariableNode variable:
                    (found ??= []).Add(new InclusionCondition(variable.Name.Value, isSkip));
                    break;
                default:
                    // A literal that keeps the selection; a missing "if" cannot pass validation (Boolean! argument).
                    break;
            }
        }

        conditions = found is null ? [] : found;
        return true;
    }

    /// <summary>Whether the selection is included under the coerced variable values (the "if" argument is Boolean!).</summary>
    /// <exception cref="GraphQLException">
    /// The variable has no value or is null: the Boolean! argument cannot be coerced (§6.4.2 CoerceArgumentValues), which
    /// graphql-js reports, with these messages, as an error of the field whose selection set is being collected.
    /// </exception>
    public bool Includes(IReadOnlyDictionary<string, object?> variables)
    {
        var argument = isSkip ? "@skip(if:)" : "@include(if:)";
        if (!variables.TryGetValue(variable, out var value))
        {
            throw new GraphQLException($"Argument \"{argument}\" has invalid value: Expected variable \"${variable}\" provided to type \"Boolean!\" to provide a runtime value.");
        }

        return value is bool condition
            ? condition != isSkip
            : throw new GraphQLException($"Argument \"{argument}\" has invalid value: Expected variable \"${variable}\" provided to non-null type \"Boolean!\" not to be null.");
    }
}
