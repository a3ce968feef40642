using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.3.3 Leaf Field Selections: leaves take no selection set, composite fields need one.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationVisitor
{
    public override void EnterField(FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var name = node.Name.Value;
        if (TypeAst.IsLeafType(type.Named))
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
    }
}
