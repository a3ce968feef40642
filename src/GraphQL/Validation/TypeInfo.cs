using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// Tracks, while the document is walked, which schema element each node refers to (graphql-js <c>TypeInfo</c>): the
/// output type and parent composite type of selections, the field and directive in scope, and the input type a value
/// must have. Stacks hold null where the document refers to something the schema lacks, so rules report only once.
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly Stack<GraphQLType?> _types = new();
    private readonly Stack<NamedType?> _parentTypes = new();
    private readonly Stack<GraphQLType?> _inputTypes = new();
    private readonly Stack<Field?> _fields = new();
    private readonly Stack<bool> _defaults = new();

    public GraphQLType? Type => _types.Count > 0 ? _types.Peek() : null;

    public NamedType? ParentType => _parentTypes.Count > 0 ? _parentTypes.Peek() : null;

    public GraphQLType? InputType => _inputTypes.Count > 0 ? _inputTypes.Peek() : null;

    /// <summary>The input type enclosing the current one, e.g. the input object of the field being read.</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes.ElementAt(1) : null;

    public Field? FieldDefinition => _fields.Count > 0 ? _fields.Peek() : null;

    /// <summary>Whether the argument or input field being read has a default value.</summary>
    public bool HasDefaultValue => _defaults.Count > 0 && _defaults.Peek();

    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>Whether the walk is inside a directive (known or not), whose arguments belong to it rather than the field.</summary>
    public bool InDirective { get; private set; }

    public Argument? Argument { get; private set; }

    public void EnterSelectionSet()
    {
        var named = Type?.Named;
        _parentTypes.Push(TypeAst.IsCompositeType(named) ? named : null);
    }

    public void LeaveSelectionSet() => _parentTypes.Pop();

    public void EnterField(FieldNode node)
    {
        var parent = ParentType;
        var field = parent is null ? null : TypeAst.GetFieldDefinition(schema, parent, node.Name.Value);
        _fields.Push(field);
        _types.Push(field?.Type is { IsOutputType: true } type ? type : null);
    }

    public void LeaveField()
    {
        _fields.Pop();
        _types.Pop();
    }

    public void EnterDirective(DirectiveNode node)
    {
        InDirective = true;
        Directive = schema.GetDirective(node.Name.Value);
    }

    public void LeaveDirective()
    {
        InDirective = false;
        Directive = null;
    }

    public void EnterOperation(OperationDefinitionNode node) => _types.Push(schema.GetRootType(node.Operation));

    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.Named : TypeAst.TypeFromAst(schema, typeCondition);
        _types.Push(type is { IsOutputType: true } ? type : null);
    }

    public void LeaveTypedDefinition() => _types.Pop();

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeAst.TypeFromAst(schema, node.Type);
        _inputTypes.Push(type is { IsInputType: true } ? type : null);
    }

    public void LeaveInputValue() => _inputTypes.Pop();

    public void EnterArgument(ArgumentNode node)
    {
        // As graphql-js: inside an unknown directive the arguments are looked up on the field.
        var argument = Directive is not null ? Directive.GetArgument(node.Name.Value) : FieldDefinition?.GetArgument(node.Name.Value);
        Argument = argument;
        _defaults.Push(argument?.HasDefaultValue ?? false);
        _inputTypes.Push(argument?.Type is { IsInputType: true } type ? type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        _defaults.Pop();
        _inputTypes.Pop();
    }

    public void EnterListValue()
    {
        var listType = InputType is { } input ? TypeAst.Nullable(input) : null;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaults.Push(false);
        _inputTypes.Push(itemType is { IsInputType: true } ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        var field = (InputType?.Named as InputObjectType)?.GetField(node.Name.Value);
        _defaults.Push(field?.HasDefaultValue ?? false);
        _inputTypes.Push(field?.Type is { IsInputType: true } type ? type : null);
    }

    public void LeaveDefaultedInputValue()
    {
        _defaults.Pop();
        _inputTypes.Pop();
    }
}
