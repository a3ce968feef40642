using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles; each cycle is reported once, from where it is first entered.</summary>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycles(node);

    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }
            }
            else
            {
                var cycle = _spreadPath[cycleIndex..];
                var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}", cycle);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }
}
