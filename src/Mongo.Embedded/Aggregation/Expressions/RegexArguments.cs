using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// The <c>{input, regex, options}</c> arguments of the regex operators (manual "$regexMatch"): a string or
/// BSON regex pattern, its flags i, m, s, x (u is accepted and implied), run on .NET's engine with a time
/// budget so a pathological pattern cannot hang a request.
/// </summary>
internal sealed class RegexArguments
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private readonly string _name;
    private readonly Expression _input;
    private readonly Expression _regex;
    private readonly Expression? _options;

    // The last compiled pattern: patterns are nearly always constant, and compiling per document is costly.
    // Replaced as a whole (an atomic reference write), so concurrent evaluations stay safe.
    private Compiled? _last;

    private RegexArguments(string name, Expression input, Expression regex, Expression? options)
    {
        _name = name;
        _input = input;
        _regex = regex;
        _options = options;
    }

    public static RegexArguments Parse(string name, BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments(name, argument, 51103, "input", "regex", "options");
        return new RegexArguments(
            name,
            ExpressionParser.Required(named, "input", name, 31022),
            ExpressionParser.Required(named, "regex", name, 31023),
            ExpressionParser.Optional(named, "options"));
    }

    /// <summary>The input text and compiled pattern, or null when either is null or missing (no match).</summary>
    public (string Text, Regex Regex)? Evaluate(BsonDocument root, ExpressionVariables variables)
    {
        var input = _input.Evaluate(root, variables);
        var (pattern, flags) = _regex.Evaluate(root, variables) switch
        {
            BsonRegularExpression r => (r.Pattern, r.Options),
            BsonString p => (p.Value, string.Empty),
            null or BsonNull or BsonUndefined => (null, string.Empty),
            var other => throw AggregationErrors.Location(51105, $"{_name} needs 'regex' to be of type string or regex, found: {TypeNames.Of(other)}"),
        };
        switch (_options?.Evaluate(root, variables))
        {
            case BsonString extra when flags.Length > 0 && extra.Value.Length > 0:
                throw AggregationErrors.Location(51107, $"{_name} found regex option(s) specified in both 'regex' and 'option' fields");
            case BsonString extra:
                flags += extra.Value;
                break;
            case null or BsonNull or BsonUndefined:
                break;
            case var other:
                throw AggregationErrors.Location(51106, $"{_name} needs 'options' to be of type string, found: {TypeNames.Of(other)}");
        }

        if (pattern is null || TypeNames.IsNullish(input))
        {
            return null;
        }

        return input is BsonString text
            ? (text.Value, Compile(pattern, flags))
            : throw AggregationErrors.Location(51104, $"{_name} needs 'input' to be of type string, found: {TypeNames.Of(input)}");
    }

    private Regex Compile(string pattern, string flags)
    {
        if (_last is { } last && last.Pattern == pattern && last.Flags == flags)
        {
            return last.Regex;
        }

        var compiled = new Compiled(pattern, flags, new Regex(pattern, Translate(flags), Budget));
        _last = compiled;
        return compiled.Regex;
    }

    private RegexOptions Translate(string flags)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (var flag in flags)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                'u' => RegexOptions.None,
                _ => throw AggregationErrors.Location(51108, $"{_name} invalid flag in regex options: {flag}"),
            };
        }

        return options;
    }

    private sealed record Compiled(string Pattern, string Flags, Regex Regex);
}
