using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// Parses a filter document into a <see cref="Matcher"/> tree (manual "Query and Projection Operators").
/// Top-level <c>$</c> keys are logical operators; other keys are field paths whose value is either an
/// operator document (<c>{$gt: 1}</c>) or a value to compare for equality.
/// </summary>
internal static class FilterParser
{
    private delegate Matcher? TopLevelParser(string name, BsonValue argument, ExpressionVariables variables);

    private static readonly Dictionary<string, TopLevelParser> TopLevel = new(StringComparer.Ordinal)
    {
        ["$and"] = (name, argument, variables) => new AndMatcher(ParseClauses(name, argument, variables)),
        ["$or"] = (name, argument, variables) => new OrMatcher(ParseClauses(name, argument, variables)),
        ["$nor"] = (name, argument, variables) => new NotMatcher(new OrMatcher(ParseClauses(name, argument, variables))),
        ["$comment"] = (_, _, _) => null,
        ["$expr"] = (_, argument, variables) => ExprMatcher.Parse(argument, variables),
        ["$where"] = (_, _, _) => throw QueryErrors.NotImplemented("$where is not supported by the embedded server (no JavaScript engine)."),
        ["$text"] = (_, _, _) => throw QueryErrors.NotImplemented("$text is not supported by the embedded server (no text indexes)."),
        ["$jsonSchema"] = (_, _, _) => throw QueryErrors.NotImplemented("$jsonSchema is not supported by the embedded server yet."),
    };

    /// <param name="variables">The command's <c>let</c> variables, which $expr may reference.</param>
    public static Matcher Parse(BsonDocument filter, ExpressionVariables? variables = null)
    {
        variables ??= ExprMatcher.Scope(let: null, DateTimeOffset.UtcNow);
        var children = new List<Matcher>(filter.Count);
        foreach (var (name, value) in filter)
        {
            if (name.StartsWith('$'))
            {
                var parser = TopLevel.GetValueOrDefault(name) ?? throw QueryErrors.BadValue(
                    $"unknown top level operator: {name}. If you have a field name that starts with a '$' symbol, consider using $getField or $setField.");
                if (parser(name, value, variables) is { } matcher)
                {
                    children.Add(matcher);
                }
            }
            else
            {
                children.Add(ParseField(name, value));
            }
        }

        return children.Count == 1 ? children[0] : new AndMatcher(children);
    }

    /// <summary>One <c>path: condition</c> pair.</summary>
    public static Matcher ParseField(string name, BsonValue value)
    {
        if (!BsonPath.TryParse(name, out var path))
        {
            throw QueryErrors.BadValue($"'{name}' is not a valid field path: field names must be non-empty and contain no empty dotted segments.");
        }

        if (value is BsonDocument operators && IsOperatorDocument(operators))
        {
            return FieldOperators.Parse(path, operators);
        }

        return value is BsonRegularExpression regex ? FieldOperators.RegexCondition(path, regex) : FieldOperators.Equality(path, value);
    }

    /// <summary>
    /// A document whose first key starts with '$' holds operators; a DBRef (<c>{$ref, $id}</c>) is a value.
    /// </summary>
    public static bool IsOperatorDocument(BsonDocument document) =>
        document.Count > 0 && document[0].Name.StartsWith('$') && document[0].Name is not ("$ref" or "$id" or "$db");

    private static List<Matcher> ParseClauses(string name, BsonValue argument, ExpressionVariables variables)
    {
        // Server: parseTreeTopLevel / parseLogicalOperator messages.
        if (argument is not BsonArray clauses || clauses.Count == 0)
        {
            throw QueryErrors.BadValue($"{name} argument must be a non-empty array");
        }

        return clauses
            .Select(c => c is BsonDocument clause
                ? Parse(clause, variables)
                : throw QueryErrors.BadValue($"{name} argument's entries must be objects"))
            .ToList();
    }
}
