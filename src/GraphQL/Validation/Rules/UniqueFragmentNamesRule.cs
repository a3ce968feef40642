using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name.Value;
        if (_known.TryGetValue(name, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name}\".", first, node.Name);
        }
        else
        {
            _known[name] = node.Name;
        }
    }
}
