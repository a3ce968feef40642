namespace Serverless.GraphQL.Language;

/// <summary>Operations, variables, selection sets, fields and fragments (spec §2.3–§2.8, §2.10).</summary>
public ref partial struct Parser
{
    // §2.3 OperationDefinition: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    // | SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Start;
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(Loc(start), null, OperationType.Query, null, [], [], shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(Loc(start), description, operation, name, variables, directives, selectionSet);
    }

    // §2.3 OperationType: one of query mutation subscription
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw _lexer.Error(_lexer.Start, $"Expected Name, found {_lexer.Describe()}.");
        }

        OperationType? operation =
            _lexer.IsKeyword("query"u8) ? OperationType.Query
            : _lexer.IsKeyword("mutation"u8) ? OperationType.Mutation
            : _lexer.IsKeyword("subscription"u8) ? OperationType.Subscription
            : null;
        if (operation is null)
        {
            throw Unexpected();
        }

        Advance();
        return operation.Value;
    }

    // §2.10 VariablesDefinition: ( VariableDefinition+ )
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!Skip(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var definitionsMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseVariableDefinition());
        }
        while (!Skip(TokenKind.RightParenthesis));

        return PopArray<VariableDefinitionNode>(definitionsMark);
    }

    // §2.10 VariableDefinition: Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(Loc(start), description, variable, type, defaultValue, directives);
    }

    // §2.10 Variable: $ Name
    private VariableNode ParseVariable()
    {
        var start = _lexer.Start;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(Loc(start), name);
    }

    // §2.4 SelectionSet: { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Start;
        Expect(TokenKind.LeftBrace);
        Enter();
        var selectionsMark = _scratch.Count;
        do
        {
            _scratch.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!Skip(TokenKind.RightBrace));

        Exit();
        return new SelectionSetNode(Loc(start), PopArray<SelectionNode>(selectionsMark));
    }

    // §2.5 Field: Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = _lexer.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(Loc(start), alias, name, arguments, directives, selectionSet);
    }

    // §2.6 Arguments: ( Argument+ )
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!Skip(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var argumentsMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseArgument(isConst));
        }
        while (!Skip(TokenKind.RightParenthesis));

        return PopArray<ArgumentNode>(argumentsMark);
    }

    // §2.6 Argument: Name : Value
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(Loc(start), name, value);
    }

    // §2.8 FragmentSpread: ... FragmentName Directives?
    // §2.8.2 InlineFragment: ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Start;
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(Loc(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(Loc(start), typeCondition, directives, selectionSet);
    }

    // §2.8 FragmentDefinition: Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on"u8, "on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(Loc(start), description, name, typeCondition, directives, selectionSet);
    }

    // §2.8 FragmentName: Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
