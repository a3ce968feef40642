namespace Serverless.GraphQL.Language;

/// <summary>Value literals and directives (spec §2.9, §2.12).</summary>
public ref partial struct Parser
{
    // §2.9 Value[Const]: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    // | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = System.Text.Encoding.ASCII.GetString(_lexer.Value);
                Advance();
                return new IntValueNode(Loc(start), value);
            }

            case TokenKind.Float:
            {
                var value = System.Text.Encoding.ASCII.GetString(_lexer.Value);
                Advance();
                return new FloatValueNode(Loc(start), value);
            }

            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar when isConst:
                throw ConstVariableError();
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    // §2.9.3 BooleanValue, §2.9.5 NullValue, §2.9.6 EnumValue: Name but not true, false or null.
    private ValueNode ParseNameValue()
    {
        var start = _lexer.Start;
        ValueNode value;
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8))
        {
            Advance();
            value = new BooleanValueNode(Loc(start), _lastEnd - start == 4);
        }
        else if (_lexer.IsKeyword("null"u8))
        {
            Advance();
            value = new NullValueNode(Loc(start));
        }
        else
        {
            var name = _names.Get(_lexer.Value);
            Advance();
            value = new EnumValueNode(Loc(start), name);
        }

        return value;
    }

    private readonly GraphQLSyntaxException ConstVariableError()
    {
        // §2.9: constant values (default values, directive arguments in the type system) cannot hold variables.
        var dollar = _lexer;
        dollar.Read();
        return dollar.Kind == TokenKind.Name
            ? _lexer.Error(_lexer.Start, $"Unexpected variable \"${System.Text.Encoding.ASCII.GetString(dollar.Value)}\" in constant value.")
            : Unexpected();
    }

    // §2.9.4 StringValue (also used for §3.2 Description)
    private StringValueNode ParseStringLiteral()
    {
        var start = _lexer.Start;
        if (_lexer.Kind == TokenKind.BlockString)
        {
            // Block strings (nearly all descriptions) are dedented on first read of Value, not here.
            Advance();
            return StringValueNode.DeferredBlock(Loc(start));
        }

        var value = _lexer.StringValue();
        Advance();
        return new StringValueNode(Loc(start), value, block: false);
    }

    // §3.2 Description: StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // §2.9.7 ListValue[Const]: [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Start;
        Expect(TokenKind.LeftBracket);
        Enter();
        var valuesMark = _scratch.Count;
        while (!Skip(TokenKind.RightBracket))
        {
            _scratch.Add(ParseValueLiteral(isConst));
        }

        Exit();
        return new ListValueNode(Loc(start), PopArray<ValueNode>(valuesMark));
    }

    // §2.9.8 ObjectValue[Const]: { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Start;
        Expect(TokenKind.LeftBrace);
        Enter();
        var fieldsMark = _scratch.Count;
        while (!Skip(TokenKind.RightBrace))
        {
            _scratch.Add(ParseObjectField(isConst));
        }

        Exit();
        return new ObjectValueNode(Loc(start), PopArray<ObjectFieldNode>(fieldsMark));
    }

    // §2.9.8 ObjectField[Const]: Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(Loc(start), name, value);
    }

    // §2.12 Directives[Const]: Directive[?Const]+
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directivesMark = _scratch.Count;
        while (Peek(TokenKind.At))
        {
            _scratch.Add(ParseDirective(isConst));
        }

        return PopArray<DirectiveNode>(directivesMark);
    }

    // §2.12 Directive[Const]: @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Start;
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(Loc(start), name, arguments);
    }
}
