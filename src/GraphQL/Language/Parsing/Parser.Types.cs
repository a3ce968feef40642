namespace Serverless.GraphQL.Language;

/// <summary>Type references (spec §2.11).</summary>
public ref partial struct Parser
{
    // §2.11 Type: NamedType | ListType | NonNullType
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Start;
        TypeNode type;
        if (Skip(TokenKind.LeftBracket))
        {
            Enter();
            var inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            Exit();
            type = new ListTypeNode(Loc(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(Loc(start), type) : type;
    }

    // §2.11 NamedType: Name
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Start;
        var name = ParseName();
        return new NamedTypeNode(Loc(start), name);
    }
}
