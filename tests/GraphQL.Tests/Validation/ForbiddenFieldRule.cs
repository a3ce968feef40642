using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>A host-defined rule: reports fields named <c>secret</c>, with the field's coordinate from the context.</summary>
internal sealed class ForbiddenFieldRule : IValidationRule
{
    public string Name => "ForbiddenField";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            if (node.Name.Value == "secret")
            {
                context.ReportError($"Field \"{context.ParentType?.Name}.secret\" is forbidden.", node);
            }
        }
    }
}
