using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $regexFind and $regexFindAll (manual "$regexFind"): each match as <c>{match, idx, captures}</c>, where
/// idx counts code points and an unmatched capture group is null. $regexMatch lives with the other string
/// searches; the argument handling is shared through <see cref="RegexArguments"/>.
/// </summary>
internal static class RegexFindOperators
{
    public static void Register(OperatorTable table)
    {
        table.Special("$regexFind", argument => Parse("$regexFind", argument, all: false));
        table.Special("$regexFindAll", argument => Parse("$regexFindAll", argument, all: true));
    }

    private static DelegateExpression Parse(string name, BsonValue argument, bool all)
    {
        var arguments = RegexArguments.Parse(name, argument);
        return new DelegateExpression((root, variables) =>
        {
            if (arguments.Evaluate(root, variables) is not var (text, regex))
            {
                return all ? BsonArray.Empty : BsonNull.Value;
            }

            var matches = all ? regex.Matches(text).ToList() : [regex.Match(text)];
            var results = matches.Where(m => m.Success).Select(m => (BsonValue)Describe(text, m)).ToList();
            return all ? new BsonArray(results) : results.FirstOrDefault() ?? BsonNull.Value;
        });
    }

    private static BsonDocument Describe(string text, Match match)
    {
        var captures = match.Groups.Cast<Group>().Skip(1).Select(g => g.Success ? (BsonValue)new BsonString(g.Value) : BsonNull.Value);
        var codePointIndex = text.AsSpan(0, match.Index).ToString().EnumerateRunes().Count();
        return [new("match", match.Value), new("idx", codePointIndex), new("captures", new BsonArray(captures))];
    }
}
