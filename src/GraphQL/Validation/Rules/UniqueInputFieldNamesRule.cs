using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationVisitor
{
    private readonly Stack<Dictionary<string, NameNode>> _known = new();

    public override void EnterObjectValue(ObjectValueNode node) => _known.Push(new(StringComparer.Ordinal));

    public override void LeaveObjectValue(ObjectValueNode node) => _known.Pop();

    public override void EnterObjectField(ObjectFieldNode node)
    {
        var known = _known.Peek();
        var name = node.Name.Value;
        if (known.TryGetValue(name, out var first))
        {
            context.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
        }
        else
        {
            known[name] = node.Name;
        }
    }
}
