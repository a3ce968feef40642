using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// §3.13 Directives, Validation 1–2: a directive definition must not use itself, directly on its arguments or
/// indirectly through a type or directive it references (argument types, their members and applied directives).
/// graphql-js 17 does not check this; the message is ours.
/// </summary>
internal sealed class DirectiveCycleValidator(Schema schema, List<SchemaError> errors)
{
    public void Validate()
    {
        foreach (var directive in schema.Directives.Where(directive => !directive.IsSpecifiedDirective))
        {
            var visitedTypes = new HashSet<NamedType>();
            var visitedDirectives = new HashSet<DirectiveDefinition>();
            if (ReferencesFromArguments(directive.Arguments, directive, visitedTypes, visitedDirectives))
            {
                errors.Add(new SchemaError($"Directive {directive} must not reference itself, directly or through the types and directives it uses.", [directive.AstNode]));
            }
        }
    }

    private bool ReferencesFromArguments(IEnumerable<InputValue> inputs, DirectiveDefinition target, HashSet<NamedType> types, HashSet<DirectiveDefinition> directives) =>
        inputs.Any(input => Uses(input.AppliedDirectives, target, types, directives) || References(input.Type.Named, target, types, directives));

    private bool Uses(IEnumerable<DirectiveNode> applied, DirectiveDefinition target, HashSet<NamedType> types, HashSet<DirectiveDefinition> directives)
    {
        foreach (var node in applied)
        {
            var used = schema.GetDirective(node.Name.Value);
            if (ReferenceEquals(used, target))
            {
                return true;
            }

            if (used is not null && directives.Add(used) && ReferencesFromArguments(used.Arguments, target, types, directives))
            {
                return true;
            }
        }

        return false;
    }

    private bool References(NamedType type, DirectiveDefinition target, HashSet<NamedType> types, HashSet<DirectiveDefinition> directives)
    {
        if (!types.Add(type))
        {
            return false;
        }

        return Uses(type.AppliedDirectives, target, types, directives) || type switch
        {
            InputObjectType input => ReferencesFromArguments(input.Fields, target, types, directives),
            EnumType enumType => enumType.Values.Any(value => Uses(value.AppliedDirectives, target, types, directives)),
            ImplementingType implementing => implementing.Fields.Any(field =>
                Uses(field.AppliedDirectives, target, types, directives)
                || References(field.Type.Named, target, types, directives)
                || ReferencesFromArguments(field.Arguments, target, types, directives)),
            _ => false,
        };
    }
}
