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
    public bool Includes(IReadOnlyDictionary<string, object?> variables) =>
        (variables.GetValueOrDefault(variable) is true) != isSkip;
}
