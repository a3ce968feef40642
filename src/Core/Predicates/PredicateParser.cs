using Serverless.Bson;

namespace Serverless.Core.Predicates;

/// <summary>
/// Parses the <c>$typeResolver</c> predicate language (reference §11): <c>or</c> binds loosest, then <c>and</c>,
/// then <c>not</c>; parentheses group; <c>true</c>/<c>false</c>; and the predicates <c>field-exists</c>,
/// <c>field-eq</c> and <c>value-eq</c>. Every other name is an error: Undertow's HTTP predicates would be
/// meaningless here, and the docs' <c>field-equals</c>/<c>field-type</c> do not exist in RESTHeart either.
/// </summary>
public sealed class PredicateParser
{
    // Predicates are user input parsed by recursive descent: bound the nesting so that a hostile definition gets
    // an error instead of exhausting the stack.
    private const int MaxNesting = 64;

    // Evaluation and record equality recurse through the tree, so its size is bounded as well.
    private const int MaxTerms = 256;

    private readonly List<PredicateToken> _tokens;
    private int _position;
    private int _nesting;
    private int _terms;

    private PredicateParser(string text) => _tokens = PredicateLexer.Tokenize(text);

    private PredicateToken Current => _tokens[_position];

    /// <exception cref="PredicateSyntaxException">The text is not a valid predicate.</exception>
    public static TypePredicate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new PredicateParser(text);
        var predicate = parser.ParseOr();
        if (parser.Current.Kind != PredicateTokenKind.End)
        {
            throw parser.Unexpected();
        }

        return predicate;
    }

    /// <summary>Parses without throwing; <paramref name="error"/> says why the text is not a predicate.</summary>
    public static bool TryParse(string text, out TypePredicate? predicate, out string? error)
    {
        try
        {
            predicate = Parse(text);
            error = null;
            return true;
        }
        catch (PredicateSyntaxException exception)
        {
            predicate = null;
            error = exception.Message;
            return false;
        }
    }

    private TypePredicate ParseOr()
    {
        var left = ParseAnd();
        while (IsKeyword("or"))
        {
            _position++;
            left = new OrPredicate(left, ParseAnd());
        }

        return left;
    }

    private TypePredicate ParseAnd()
    {
        var left = ParseNot();
        while (IsKeyword("and"))
        {
            _position++;
            left = new AndPredicate(left, ParseNot());
        }

        return left;
    }

    private TypePredicate ParseNot()
    {
        if (++_nesting > MaxNesting)
        {
            throw new PredicateSyntaxException($"predicate nests deeper than {MaxNesting} levels");
        }

        if (++_terms > MaxTerms)
        {
            throw new PredicateSyntaxException($"predicate has more than {MaxTerms} terms");
        }

        try
        {
            return ParseNotUnchecked();
        }
        finally
        {
            _nesting--;
        }
    }

    private TypePredicate ParseNotUnchecked()
    {
        if (IsKeyword("not"))
        {
            _position++;
            return new NotPredicate(ParseNot());
        }

        if (Current.Kind == PredicateTokenKind.OpenParen)
        {
            _position++;
            var inner = ParseOr();
            Expect(PredicateTokenKind.CloseParen);
            return inner;
        }

        if (Current.Kind != PredicateTokenKind.Word)
        {
            throw Unexpected();
        }

        var name = Current.Text;
        _position++;
        if (Current.Kind != PredicateTokenKind.OpenParen)
        {
            return name switch
            {
                "true" => new ConstantPredicate(true),
                "false" => new ConstantPredicate(false),
                _ => throw new PredicateSyntaxException($"'{name}' is not a predicate call"),
            };
        }

        _position++;
        var arguments = ParseArguments();
        return PredicateFactory.Create(name, arguments);
    }

    // Parameters are either all k=v pairs or all positional values for the default parameter (§11).
    private PredicateArguments ParseArguments()
    {
        var arguments = new PredicateArguments();
        if (Current.Kind == PredicateTokenKind.CloseParen)
        {
            _position++;
            return arguments;
        }

        while (true)
        {
            if (Current.Kind is PredicateTokenKind.Word or PredicateTokenKind.Quoted && _tokens[_position + 1].Kind == PredicateTokenKind.Equals)
            {
                var name = Current.Text;
                _position += 2;
                arguments.AddNamed(name, ParseValues());
            }
            else
            {
                arguments.AddPositional(ParseValues());
            }

            if (Current.Kind == PredicateTokenKind.CloseParen)
            {
                _position++;
                return arguments;
            }

            Expect(PredicateTokenKind.Comma);
        }
    }

    // A single word or quoted string, or {a, b} for an array parameter.
    private List<string> ParseValues()
    {
        if (Current.Kind is PredicateTokenKind.Word or PredicateTokenKind.Quoted)
        {
            var value = Current.Text;
            _position++;
            return [value];
        }

        Expect(PredicateTokenKind.OpenBrace);
        var values = new List<string>();
        while (Current.Kind != PredicateTokenKind.CloseBrace)
        {
            if (values.Count > 0)
            {
                Expect(PredicateTokenKind.Comma);
            }

            if (Current.Kind is not (PredicateTokenKind.Word or PredicateTokenKind.Quoted))
            {
                throw Unexpected();
            }

            values.Add(Current.Text);
            _position++;
        }

        _position++;
        return values;
    }

    // and/or/not are reserved: no predicate has those names, so "not(x)" is the operator applied to "(x)".
    private bool IsKeyword(string keyword) => Current.Kind == PredicateTokenKind.Word && Current.Text == keyword;

    private void Expect(PredicateTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected();
        }

        _position++;
    }

    private PredicateSyntaxException Unexpected() =>
        new(Current.Kind == PredicateTokenKind.End ? "unexpected end of predicate" : $"unexpected '{Current.Text}' at {Current.Position}");
}
