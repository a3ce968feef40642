namespace Serverless.GraphQL.Language;

/// <summary>Type system definitions (spec §3.3–§3.13).</summary>
public ref partial struct Parser
{
    /// <summary>The §3.13 DirectiveLocation names (ExecutableDirectiveLocation and TypeSystemDirectiveLocation).</summary>
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>Dispatches §3.1 TypeSystemDefinition on the keyword after the optional description.</summary>
    private bool TryParseTypeSystemDefinition(in Lexer keyword, out DefinitionNode definition)
    {
        DefinitionNode? parsed =
            keyword.IsKeyword("schema"u8) ? ParseSchemaDefinition()
            : keyword.IsKeyword("scalar"u8) ? ParseScalarTypeDefinition()
            : keyword.IsKeyword("type"u8) ? ParseObjectTypeDefinition()
            : keyword.IsKeyword("interface"u8) ? ParseInterfaceTypeDefinition()
            : keyword.IsKeyword("union"u8) ? ParseUnionTypeDefinition()
            : keyword.IsKeyword("enum"u8) ? ParseEnumTypeDefinition()
            : keyword.IsKeyword("input"u8) ? ParseInputObjectTypeDefinition()
            : keyword.IsKeyword("directive"u8) ? ParseDirectiveDefinition()
            : null;
        definition = parsed!;
        return parsed is not null;
    }

    // §3.3 SchemaDefinition: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(Loc(start), description, directives, operationTypes);
    }

    /// <summary>RootOperationTypeDefinition+ up to the closing brace (the opening one is consumed).</summary>
    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitionsAfterBrace()
    {
        var operationTypesMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseOperationTypeDefinition());
        }
        while (!Skip(TokenKind.RightBrace));

        return PopArray<OperationTypeDefinitionNode>(operationTypesMark);
    }

    // §3.3.1 RootOperationTypeDefinition: OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Start;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(Loc(start), operation, type);
    }

    // §3.5 ScalarTypeDefinition: Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(Loc(start), description, name, directives);
    }

    // §3.6 ObjectTypeDefinition: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(Loc(start), description, name, interfaces, directives, fields);
    }

    // §3.6 ImplementsInterfaces: implements &? NamedType (& NamedType)*
    private NamedTypeNode[] ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"u8))
        {
            return [];
        }

        Skip(TokenKind.Ampersand);
        var interfacesMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Ampersand));

        return PopArray<NamedTypeNode>(interfacesMark);
    }

    // §3.6 FieldsDefinition: { FieldDefinition+ }
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!Skip(TokenKind.LeftBrace))
        {
            return [];
        }

        var fieldsMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseFieldDefinition());
        }
        while (!Skip(TokenKind.RightBrace));

        return PopArray<FieldDefinitionNode>(fieldsMark);
    }

    // §3.6 FieldDefinition: Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(Loc(start), description, name, arguments, type, directives);
    }

    // §3.6.1 ArgumentsDefinition: ( InputValueDefinition+ )
    private InputValueDefinitionNode[] ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!Skip(open))
        {
            return [];
        }

        var valuesMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseInputValueDefinition());
        }
        while (!Skip(close));

        return PopArray<InputValueDefinitionNode>(valuesMark);
    }

    // §3.6.1 InputValueDefinition: Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(Loc(start), description, name, type, defaultValue, directives);
    }

    // §3.7 InterfaceTypeDefinition: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(Loc(start), description, name, interfaces, directives, fields);
    }

    // §3.8 UnionTypeDefinition: Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(Loc(start), description, name, directives, types);
    }

    // §3.8 UnionMemberTypes: = |? NamedType (| NamedType)*
    private NamedTypeNode[] ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.EqualsSign))
        {
            return [];
        }

        Skip(TokenKind.Pipe);
        var typesMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));

        return PopArray<NamedTypeNode>(typesMark);
    }

    // §3.9 EnumTypeDefinition: Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(Loc(start), description, name, directives, values);
    }

    // §3.9 EnumValuesDefinition: { EnumValueDefinition+ }
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!Skip(TokenKind.LeftBrace))
        {
            return [];
        }

        var valuesMark = _scratch.Count;
        do
        {
            _scratch.Add(ParseEnumValueDefinition());
        }
        while (!Skip(TokenKind.RightBrace));

        return PopArray<EnumValueDefinitionNode>(valuesMark);
    }

    // §3.9 EnumValueDefinition: Description? EnumValue Directives[Const]?, where EnumValue is a Name but not
    // true, false or null.
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8) || _lexer.IsKeyword("null"u8))
        {
            throw _lexer.Error(_lexer.Start, $"{_lexer.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(Loc(start), description, name, directives);
    }

    // §3.10 InputObjectTypeDefinition: Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        return new InputObjectTypeDefinitionNode(Loc(start), description, name, directives, fields);
    }

    // §3.13 DirectiveDefinition: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = SkipKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(Loc(start), description, name, arguments, repeatable, locations);
    }

    // §3.13 DirectiveLocations: |? DirectiveLocation (| DirectiveLocation)*
    private NameNode[] ParseDirectiveLocations()
    {
        Skip(TokenKind.Pipe);
        var locationsMark = _scratch.Count;
        do
        {
            var token = _lexer;
            var name = ParseName();
            if (!DirectiveLocations.Contains(name.Value))
            {
                throw Unexpected(token);
            }

            _scratch.Add(name);
        }
        while (Skip(TokenKind.Pipe));

        return PopArray<NameNode>(locationsMark);
    }
}
