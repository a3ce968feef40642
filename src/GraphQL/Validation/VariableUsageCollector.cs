using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation;

/// <summary>Collects variable usages with the input type at each, skipping variable definitions (the declarations themselves).</summary>
internal sealed class VariableUsageCollector(TypeInfo typeInfo) : ValidationVisitor
{
    private readonly List<VariableUsage> _usages = [];
    private int _definitionDepth;

    public IReadOnlyList<VariableUsage> Usages => _usages;

    public override void EnterVariableDefinition(VariableDefinitionNode node) => _definitionDepth++;

    public override void LeaveVariableDefinition(VariableDefinitionNode node) => _definitionDepth--;

    public override void EnterVariable(VariableNode node)
    {
        if (_definitionDepth == 0)
        {
            _usages.Add(new VariableUsage(node, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.HasDefaultValue));
        }
    }
}
