using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>Incremental delivery (graphql-js 17): <c>@defer</c> / <c>@stream</c> labels are static strings, unique in the document.</summary>
internal sealed class DeferStreamDirectiveLabelRule(ValidationContext context) : ValidationVisitor
{
    private readonly Dictionary<string, DirectiveNode> _known = new(StringComparer.Ordinal);

    public override void EnterDirective(DirectiveNode node)
    {
        var name = node.Name.Value;
        var label = node.Arguments.FirstOrDefault(a => a.Name.Value == "label")?.Value;
        if (name is not ("defer" or "stream") || label is null or NullValueNode)
        {
            return;
        }

        if (label is not StringValueNode text)
        {
            context.ReportError($"Argument \"@{name}(label:)\" must be a static string.", node);
        }
        else if (_known.TryGetValue(text.Value, out var first))
        {
            context.ReportError("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", first, node);
        }
        else
        {
            _known[text.Value] = node;
        }
    }
}
