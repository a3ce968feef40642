using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// The collected fields of one selection set on one object type (§6.3.2), computed once per document. Without
/// variable conditions the fields and keys are fixed, so execution only indexes arrays.
/// </summary>
internal sealed class SelectionPlan
{
    private readonly PlannedField[] _fields;
    private readonly SelectedField[] _fixed;
    private readonly ResponseKeys _fixedKeys;
    private readonly bool _hasConditions;

    public SelectionPlan(IReadOnlyList<PlannedField> fields)
    {
        _fields = [.. fields];
        _hasConditions = _fields.Any(field => field.HasConditions);
        _fixed = [.. _fields.Select(field => new SelectedField(field, field.FieldNodes))];
        _fixedKeys = new ResponseKeys([.. _fields.Select(field => field.ResponseKey)]);
    }

    /// <summary>The fields to execute under <paramref name="variables"/>, in response key order, with their keys.</summary>
    public (SelectedField[] Fields, ResponseKeys Keys) Select(IReadOnlyDictionary<string, object?> variables)
    {
        if (!_hasConditions)
        {
            return (_fixed, _fixedKeys);
        }

        var selected = new List<(SelectedField Field, int Ordinal)>(_fields.Length);
        foreach (var field in _fields)
        {
            var nodes = new List<FieldNode>(field.Occurrences.Count);
            var first = int.MaxValue;
            foreach (var occurrence in field.Occurrences)
            {
                if (occurrence.IsIncluded(variables) && !nodes.Contains(occurrence.Node))
                {
                    nodes.Add(occurrence.Node);
                    first = Math.Min(first, occurrence.Ordinal);
                }
            }

            if (nodes.Count > 0)
            {
                selected.Add((new SelectedField(field, nodes), first));
            }
        }

        // A key's position is that of its first included occurrence (§6.3.2 appends groups in visiting order).
        selected.Sort((left, right) => left.Ordinal.CompareTo(right.Ordinal));
        return ([.. selected.Select(item => item.Field)], new ResponseKeys([.. selected.Select(item => item.Field.Field.ResponseKey)]));
    }
}
