using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments = DirectiveCatalog.ArgumentNames(context);

    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (!_directiveArguments.TryGetValue(name, out var known))
        {
            return;
        }

        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!known.Contains(argumentName))
            {
                var suggestions = context.HideSuggestions ? [] : Suggestions.Rank(argumentName, known);
                context.ReportError($"Unknown argument \"{argumentName}\" on directive \"@{name}\".{Suggestions.DidYouMean(suggestions)}", argument);
            }
        }
    }

    public override void EnterArgument(ArgumentNode node)
    {
        // Directive arguments were checked above, against the directive.
        if (context.InDirective || context.Argument is not null || context.FieldDefinition is not { } field)
        {
            return;
        }

        var name = node.Name.Value;
        var suggestions = context.HideSuggestions ? [] : Suggestions.Rank(name, field.Arguments.Select(a => a.Name));
        context.ReportError($"Unknown argument \"{name}\" on field \"{Coordinates.Of(field)}\".{Suggestions.DidYouMean(suggestions)}", node);
    }
}
