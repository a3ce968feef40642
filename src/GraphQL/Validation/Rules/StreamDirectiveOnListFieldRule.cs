using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>Incremental delivery (graphql-js 17): <c>@stream</c> only on fields returning a list.</summary>
internal sealed class StreamDirectiveOnListFieldRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterDirective(DirectiveNode node)
    {
        if (node.Name.Value == "stream" && context.FieldDefinition is { } field && context.ParentType is { } parent
            && TypeAst.Nullable(field.Type) is not ListType)
        {
            context.ReportError($"Directive \"@stream\" cannot be used on non-list field \"{parent.Name}.{field.Name}\".", node);
        }
    }
}
