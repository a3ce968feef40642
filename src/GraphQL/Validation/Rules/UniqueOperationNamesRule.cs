using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Operation Name Uniqueness.</summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_known.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
