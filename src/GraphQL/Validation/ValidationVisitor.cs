using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// The per-document state of one rule. The validator walks the document once in source order and calls, for every node,
/// <see cref="EnterNode"/> and the node's typed Enter hook before its children and the Leave hook after them (graphql-js
/// <c>visitInParallel</c> order). The <see cref="ValidationContext"/> type information is already updated on enter and
/// still valid on leave. Every hook does nothing unless overridden.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Called for every node, before its typed Enter hook.</summary>
    public virtual void EnterNode(SyntaxNode node)
    {
    }

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void EnterDirective(DirectiveNode node)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual void EnterVariable(VariableNode node)
    {
    }

    public virtual void EnterObjectValue(ObjectValueNode node)
    {
    }

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void EnterListValue(ListValueNode node)
    {
    }

    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }
}
