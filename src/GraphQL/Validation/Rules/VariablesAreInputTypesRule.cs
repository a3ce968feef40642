using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types.</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (TypeAst.TypeFromAst(context.Schema, node.Type) is { IsInputType: false })
        {
            context.ReportError($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        }
    }
}
