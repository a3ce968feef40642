using System.Text;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $split, $trim/$ltrim/$rtrim, $indexOfCP, $regexMatch, $replaceOne, $replaceAll (manual "String
/// Expression Operators").
/// </summary>
internal static class StringSearchOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$split", 2, 2, Split);
        table.Special("$trim", argument => ParseTrim("$trim", argument, start: true, end: true));
        table.Special("$ltrim", argument => ParseTrim("$ltrim", argument, start: true, end: false));
        table.Special("$rtrim", argument => ParseTrim("$rtrim", argument, start: false, end: true));
        table.Function("$indexOfCP", 2, 4, IndexOfCodePoint);
        table.Special("$regexMatch", ParseRegexMatch);
        table.Special("$replaceOne", argument => ParseReplace("$replaceOne", argument, all: false));
        table.Special("$replaceAll", argument => ParseReplace("$replaceAll", argument, all: true));
    }

    private static BsonValue? Split(BsonValue?[] values)
    {
        if (TypeNames.IsNullish(values[0]))
        {
            return BsonNull.Value;
        }

        if (values[0] is not BsonString text)
        {
            throw AggregationErrors.Location(40085, $"$split requires an expression that evaluates to a string as a first argument, found: {TypeNames.Of(values[0])}");
        }

        if (values[1] is not BsonString delimiter)
        {
            throw AggregationErrors.Location(40086, $"$split requires an expression that evaluates to a string as a second argument, found: {TypeNames.Of(values[1])}");
        }

        return delimiter.Value.Length == 0
            ? throw AggregationErrors.Location(40087, "$split requires a non-empty separator")
            : new BsonArray(text.Value.Split(delimiter.Value).Select(part => (BsonValue)new BsonString(part)));
    }

    private static DelegateExpression ParseTrim(string name, BsonValue argument, bool start, bool end)
    {
        var named = ExpressionParser.NamedArguments(name, argument, 50696, "input", "chars");
        var input = ExpressionParser.Required(named, "input", name, 50695);
        var chars = ExpressionParser.Optional(named, "chars");
        return new DelegateExpression((root, variables) =>
        {
            var text = TextValues.RequireString(name, input.Evaluate(root, variables), 50699);
            if (text is null)
            {
                return BsonNull.Value;
            }

            // Manual "$trim": by default whitespace and the null character are trimmed.
            Func<Rune, bool> trimmed = r => Rune.IsWhiteSpace(r) || r.Value == 0;
            if (chars is not null)
            {
                var set = TextValues.RequireString(name, chars.Evaluate(root, variables), 50700);
                if (set is null)
                {
                    return BsonNull.Value;
                }

                var runes = set.EnumerateRunes().ToHashSet();
                trimmed = runes.Contains;
            }

            var all = text.EnumerateRunes().ToArray();
            var (from, to) = (0, all.Length);
            while (start && from < to && trimmed(all[from]))
            {
                from++;
            }

            while (end && to > from && trimmed(all[to - 1]))
            {
                to--;
            }

            return new BsonString(string.Concat(all[from..to].Select(r => r.ToString())));
        });
    }

    // Manual "$indexOfCP": the code point index of the first match at or after start and before end, or -1.
    private static BsonValue? IndexOfCodePoint(BsonValue?[] values)
    {
        if (TypeNames.IsNullish(values[0]))
        {
            return BsonNull.Value;
        }

        var text = values[0] as BsonString ?? throw AggregationErrors.Location(40093, $"$indexOfCP requires a string as the first argument, found: {TypeNames.Of(values[0])}");
        var search = values[1] as BsonString ?? throw AggregationErrors.Location(40094, $"$indexOfCP requires a string as the second argument, found: {TypeNames.Of(values[1])}");
        var runes = text.Value.EnumerateRunes().ToArray();
        var needle = search.Value.EnumerateRunes().ToArray();
        var start = values.Length > 2 ? TextValues.RequireInt("$indexOfCP", "starting index", values[2], 40096) : 0;
        var end = values.Length > 3 ? TextValues.RequireInt("$indexOfCP", "ending index", values[3], 40096) : runes.Length;
        if (start < 0 || end < 0)
        {
            throw AggregationErrors.Location(40097, "$indexOfCP requires a nonnegative start and end index");
        }

        end = Math.Min(end, runes.Length);
        for (var i = start; i + needle.Length <= end; i++)
        {
            if (runes.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return new BsonInt32(i);
            }
        }

        return new BsonInt32(-1);
    }

    private static DelegateExpression ParseRegexMatch(BsonValue argument)
    {
        var arguments = RegexArguments.Parse("$regexMatch", argument);
        return new DelegateExpression((root, variables) =>
            BsonBoolean.Create(arguments.Evaluate(root, variables) is var (text, regex) && regex.IsMatch(text)));
    }

    // Manual "$replaceAll": null in any argument gives null; all three must otherwise be strings.
    private static DelegateExpression ParseReplace(string name, BsonValue argument, bool all)
    {
        var named = ExpressionParser.NamedArguments(name, argument, 51750, "input", "find", "replacement");
        var input = ExpressionParser.Required(named, "input", name, 51749);
        var find = ExpressionParser.Required(named, "find", name, 51748);
        var replacement = ExpressionParser.Required(named, "replacement", name, 51747);
        return new DelegateExpression((root, variables) =>
        {
            var values = new[] { input.Evaluate(root, variables), find.Evaluate(root, variables), replacement.Evaluate(root, variables) };
            if (values.Any(TypeNames.IsNullish))
            {
                return BsonNull.Value;
            }

            if (values.FirstOrDefault(v => v is not BsonString) is { } bad)
            {
                throw AggregationErrors.Location(51746, $"{name} requires that 'input', 'find' and 'replacement' be strings, found: {TypeNames.Of(bad)}");
            }

            var (text, target, with) = (values[0]!.AsString, values[1]!.AsString, values[2]!.AsString);
            if (all)
            {
                return new BsonString(target.Length == 0 ? text : text.Replace(target, with, StringComparison.Ordinal));
            }

            var index = text.IndexOf(target, StringComparison.Ordinal);
            return new BsonString(index < 0 ? text : string.Concat(text.AsSpan(0, index), with, text.AsSpan(index + target.Length)));
        });
    }
}
