namespace Serverless.GraphQL.Language;

/// <summary>Type system extensions (spec §3.3.2 and the *TypeExtension productions of §3.5–§3.10).</summary>
public ref partial struct Parser
{
    // §3.1 TypeSystemExtension: SchemaExtension | TypeExtension
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer;
        keyword.Read();
        if (keyword.Kind == TokenKind.Name)
        {
            TypeSystemExtensionNode? extension =
                keyword.IsKeyword("schema"u8) ? ParseSchemaExtension()
                : keyword.IsKeyword("scalar"u8) ? ParseScalarTypeExtension()
                : keyword.IsKeyword("type"u8) ? ParseObjectTypeExtension()
                : keyword.IsKeyword("interface"u8) ? ParseInterfaceTypeExtension()
                : keyword.IsKeyword("union"u8) ? ParseUnionTypeExtension()
                : keyword.IsKeyword("enum"u8) ? ParseEnumTypeExtension()
                : keyword.IsKeyword("input"u8) ? ParseInputObjectTypeExtension()
                : null;
            if (extension is not null)
            {
                return extension;
            }
        }

        throw Unexpected(keyword);
    }

    // §3.3.2 SchemaExtension: extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    // | extend schema Directives[Const] [lookahead != {]
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = Skip(TokenKind.LeftBrace) ? ParseOperationTypeDefinitionsAfterBrace() : [];
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(Loc(start), directives, operationTypes);
    }

    // §3.5.1 ScalarTypeExtension: extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(Loc(start), name, directives);
    }

    // §3.6.3 ObjectTypeExtension: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition,
    // at least one of them present.
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Start;
        var (name, interfaces, directives, fields) = ParseFieldsTypeExtension("type"u8, "type");
        return new ObjectTypeExtensionNode(Loc(start), name, interfaces, directives, fields);
    }

    // §3.7.1 InterfaceTypeExtension: as ObjectTypeExtension with `interface`.
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Start;
        var (name, interfaces, directives, fields) = ParseFieldsTypeExtension("interface"u8, "interface");
        return new InterfaceTypeExtensionNode(Loc(start), name, interfaces, directives, fields);
    }

    // The shared body of object and interface extensions: `extend <keyword> Name`, then at least one of
    // ImplementsInterfaces, Directives[Const] and FieldsDefinition.
    private (NameNode Name, NamedTypeNode[] Interfaces, DirectiveNode[] Directives, FieldDefinitionNode[] Fields) ParseFieldsTypeExtension(
        ReadOnlySpan<byte> keyword, string keywordText)
    {
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword(keyword, keywordText);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return (name, interfaces, directives, fields);
    }

    // §3.8.1 UnionTypeExtension: extend union Name Directives[Const]? UnionMemberTypes | … Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(Loc(start), name, directives, types);
    }

    // §3.9.1 EnumTypeExtension: extend enum Name Directives[Const]? EnumValuesDefinition | … Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(Loc(start), name, directives, values);
    }

    // §3.10.1 InputObjectTypeExtension: extend input Name Directives[Const]? InputFieldsDefinition | … Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(Loc(start), name, directives, fields);
    }
}
