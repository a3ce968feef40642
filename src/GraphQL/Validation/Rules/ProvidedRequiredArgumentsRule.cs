using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.4.3 Required Arguments: non-null arguments without a default are given, on fields and directives.</summary>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, IReadOnlyList<(string Name, string Type)>> _directiveRequirements = DirectiveRequirements(context);

    public override void LeaveField(FieldNode node)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments.Where(a => a.IsRequired && !IsProvided(node.Arguments, a.Name)))
        {
            context.ReportError($"Argument \"{Coordinates.Of(field, argument)}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!_directiveRequirements.TryGetValue(name, out var required))
        {
            return;
        }

        foreach (var (argumentName, type) in required.Where(r => !IsProvided(node.Arguments, r.Name)))
        {
            context.ReportError($"Argument \"@{name}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.", node);
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name) => arguments.Any(a => a.Name.Value == name);

    private static Dictionary<string, IReadOnlyList<(string, string)>> DirectiveRequirements(ValidationContext context)
    {
        var map = new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))];
        }

        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            map[definition.Name.Value] = [.. definition.Arguments
                .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                .Select(a => (a.Name.Value, Printer.Print(a.Type)))];
        }

        return map;
    }
}
