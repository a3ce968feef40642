using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.1.4 Fragments Must Be Used: by some operation, directly or through other fragments.</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationVisitor
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override void EnterOperationDefinition(OperationDefinitionNode node) => _operations.Add(node);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _fragments.Add(node);

    public override void LeaveDocument(DocumentNode node)
    {
        var used = context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in _fragments.Where(f => !used.Contains(f.Name.Value)))
        {
            context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
