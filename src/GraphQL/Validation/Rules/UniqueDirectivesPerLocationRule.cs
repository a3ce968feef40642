using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.3 Directives Are Unique per Location. Type-system definitions and their extensions share one location per
/// name, as graphql-js does, because an extension applies its directives to the same type.
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, bool> _repeatable = DirectiveCatalog.Repeatable(context);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public override void EnterNode(SyntaxNode node)
    {
        var (directives, seen) = node switch
        {
            SchemaDefinitionNode schema => (schema.Directives, _schemaDirectives),
            SchemaExtensionNode extension => (extension.Directives, _schemaDirectives),
            TypeDefinitionNode type => (type.Directives, TypeScope(type.Name.Value)),
            TypeExtensionNode extension => (extension.Directives, TypeScope(extension.Name.Value)),
            SelectionNode selection => (selection.Directives, new(StringComparer.Ordinal)),
            ExecutableDefinitionNode definition => (definition.Directives, new(StringComparer.Ordinal)),
            VariableDefinitionNode variable => (variable.Directives, new(StringComparer.Ordinal)),
            FieldDefinitionNode field => (field.Directives, new(StringComparer.Ordinal)),
            InputValueDefinitionNode input => (input.Directives, new(StringComparer.Ordinal)),
            EnumValueDefinitionNode value => (value.Directives, new Dictionary<string, DirectiveNode>(StringComparer.Ordinal)),
            _ => ((IReadOnlyList<DirectiveNode>)[], null),
        };
        if (seen is null)
        {
            return;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_repeatable.TryGetValue(name, out var repeatable) || repeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private Dictionary<string, DirectiveNode> TypeScope(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new(StringComparer.Ordinal);
            _typeDirectives[typeName] = seen;
        }

        return seen;
    }
}
