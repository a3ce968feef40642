using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// Walks a document once in source order (graphql-js <c>visit</c> with <c>visitWithTypeInfo</c>): updates the type
/// information, then calls every visitor's Enter hook in rule order, walks the children, calls the Leave hooks and
/// restores the type information.
/// </summary>
internal sealed class ValidationWalker(TypeInfo typeInfo, IReadOnlyList<ValidationVisitor> visitors) : SyntaxVisitor<bool>
{
    private readonly List<SyntaxNode> _ancestors = [];

    /// <summary>The nodes enclosing the one being visited, outermost first.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    public override bool Visit(DocumentNode node) =>
        Walk(node, static (v, n) => v.EnterDocument(n), static (v, n) => v.LeaveDocument(n));

    public override bool Visit(OperationDefinitionNode node)
    {
        typeInfo.EnterOperation(node);
        Walk(node, static (v, n) => v.EnterOperationDefinition(n), static (v, n) => v.LeaveOperationDefinition(n));
        typeInfo.LeaveTypedDefinition();
        return true;
    }

    public override bool Visit(FragmentDefinitionNode node)
    {
        typeInfo.EnterFragment(node.TypeCondition);
        Walk(node, static (v, n) => v.EnterFragmentDefinition(n), null);
        typeInfo.LeaveTypedDefinition();
        return true;
    }

    public override bool Visit(InlineFragmentNode node)
    {
        typeInfo.EnterFragment(node.TypeCondition);
        Walk(node, static (v, n) => v.EnterInlineFragment(n), null);
        typeInfo.LeaveTypedDefinition();
        return true;
    }

    public override bool Visit(VariableDefinitionNode node)
    {
        typeInfo.EnterVariableDefinition(node);
        Walk(node, static (v, n) => v.EnterVariableDefinition(n), static (v, n) => v.LeaveVariableDefinition(n));
        typeInfo.LeaveInputValue();
        return true;
    }

    public override bool Visit(SelectionSetNode node)
    {
        typeInfo.EnterSelectionSet();
        Walk(node, static (v, n) => v.EnterSelectionSet(n), null);
        typeInfo.LeaveSelectionSet();
        return true;
    }

    public override bool Visit(FieldNode node)
    {
        typeInfo.EnterField(node);
        Walk(node, static (v, n) => v.EnterField(n), static (v, n) => v.LeaveField(n));
        typeInfo.LeaveField();
        return true;
    }

    public override bool Visit(FragmentSpreadNode node) => Walk(node, static (v, n) => v.EnterFragmentSpread(n), null);

    public override bool Visit(DirectiveNode node)
    {
        typeInfo.EnterDirective(node);
        Walk(node, static (v, n) => v.EnterDirective(n), static (v, n) => v.LeaveDirective(n));
        typeInfo.LeaveDirective();
        return true;
    }

    public override bool Visit(ArgumentNode node)
    {
        typeInfo.EnterArgument(node);
        Walk(node, static (v, n) => v.EnterArgument(n), null);
        typeInfo.LeaveArgument();
        return true;
    }

    public override bool Visit(ListValueNode node)
    {
        typeInfo.EnterListValue();
        Walk(node, static (v, n) => v.EnterListValue(n), null);
        typeInfo.LeaveDefaultedInputValue();
        return true;
    }

    public override bool Visit(ObjectFieldNode node)
    {
        typeInfo.EnterObjectField(node);
        Walk(node, static (v, n) => v.EnterObjectField(n), null);
        typeInfo.LeaveDefaultedInputValue();
        return true;
    }

    public override bool Visit(ObjectValueNode node) =>
        Walk(node, static (v, n) => v.EnterObjectValue(n), static (v, n) => v.LeaveObjectValue(n));

    public override bool Visit(VariableNode node) => Walk(node, static (v, n) => v.EnterVariable(n), null);

    public override bool Visit(NamedTypeNode node) => Walk(node, static (v, n) => v.EnterNamedType(n), null);

    protected override bool DefaultVisit(SyntaxNode node) => Walk<SyntaxNode>(node, null, null);

    private bool Walk<TNode>(TNode node, Action<ValidationVisitor, TNode>? enter, Action<ValidationVisitor, TNode>? leave)
        where TNode : SyntaxNode
    {
        foreach (var visitor in visitors)
        {
            visitor.EnterNode(node);
            enter?.Invoke(visitor, node);
        }

        _ancestors.Add(node);
        foreach (var child in node.GetChildren())
        {
            child.Accept(this);
        }

        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (leave is not null)
        {
            foreach (var visitor in visitors)
            {
                leave(visitor, node);
            }
        }

        return true;
    }
}
