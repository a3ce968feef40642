using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions: a request may only hold operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                _ => throw new InvalidOperationException($"Unexpected definition {definition.Kind}."),
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }
    }
}
