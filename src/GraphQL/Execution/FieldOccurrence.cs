using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// One field node collected for a response key, with the variable conditions of every enclosing fragment and
/// field (§6.3.2); <see cref="Ordinal"/> is its document position, which fixes the response key order.
/// </summary>
internal sealed record FieldOccurrence(FieldNode Node, IReadOnlyList<InclusionCondition> Conditions, int Ordinal)
{
    public bool IsIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var condition in Conditions)
        {
            if (!condition.Includes(variables))
            {
                return false;
            }
        }

        return true;
    }
}
