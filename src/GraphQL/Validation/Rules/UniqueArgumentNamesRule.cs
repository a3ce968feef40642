using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness, for fields and directives.</summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name));
        }
    }
}
