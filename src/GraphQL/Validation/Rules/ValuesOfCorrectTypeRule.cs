using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields: each argument
/// value and variable default is checked whole, when the walk reaches it.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationVisitor
{
    private readonly LiteralValidator _validator = new((message, node) => context.ReportError(message, node), context.HideSuggestions);

    public override void EnterNode(SyntaxNode node)
    {
        if (node is not ValueNode value || context.Ancestors is not [.., ArgumentNode or VariableDefinitionNode])
        {
            return;
        }

        // Entering a list already moved the type information to its items.
        var type = value is ListValueNode ? context.ParentInputType : context.InputType;
        if (type is not null)
        {
            _validator.Validate(value, type);
        }
    }
}
