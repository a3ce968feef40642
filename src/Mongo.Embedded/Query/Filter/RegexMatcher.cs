using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// $regex and regular-expression values in a filter: strings and symbols that match the pattern, and stored
/// regular expressions identical to it (manual "$regex").
/// </summary>
internal sealed class RegexMatcher(BsonRegularExpression expression) : ValueMatcher
{
    private readonly Regex _regex = RegexTranslator.Translate(expression.Pattern, expression.Options);

    public override bool Matches(BsonValue value) =>
        value switch
        {
            BsonString s => RegexTranslator.IsMatch(_regex, s.Value),
            BsonSymbol s => RegexTranslator.IsMatch(_regex, s.Name),
            BsonRegularExpression r => r.Pattern == expression.Pattern && r.SortedOptions == expression.SortedOptions,
            _ => false,
        };
}
