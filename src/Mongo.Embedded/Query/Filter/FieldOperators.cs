using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// The field-level query operators, one parser per name (manual "Query and Projection Operators").
/// </summary>
internal static class FieldOperators
{
    private delegate Matcher? OperatorParser(BsonPath path, BsonValue argument, BsonDocument operators);

    private static readonly Dictionary<string, OperatorParser> Parsers = new(StringComparer.Ordinal)
    {
        ["$eq"] = (path, argument, _) => Equality(path, argument, regexMatches: false),
        ["$ne"] = (path, argument, _) => new NotMatcher(Equality(path, argument, regexMatches: false)),
        ["$gt"] = (path, argument, _) => Comparison(path, argument, c => c > 0, nullMatchesMissing: false),
        ["$gte"] = (path, argument, _) => Comparison(path, argument, c => c >= 0, nullMatchesMissing: true),
        ["$lt"] = (path, argument, _) => Comparison(path, argument, c => c < 0, nullMatchesMissing: false),
        ["$lte"] = (path, argument, _) => Comparison(path, argument, c => c <= 0, nullMatchesMissing: true),
        ["$in"] = (path, argument, _) => In(path, argument, "$in"),
        ["$nin"] = (path, argument, _) => new NotMatcher(In(path, argument, "$nin")),
        ["$exists"] = (path, argument, _) => new ExistsMatcher(path, NumericValues.IsTruthy(argument)),
        ["$type"] = (path, argument, _) => TypeAliases.Parse(path, argument),
        ["$size"] = (path, argument, _) => Size(path, argument),
        ["$mod"] = (path, argument, _) => Mod(path, argument),
        ["$all"] = (path, argument, _) => All(path, argument),
        ["$elemMatch"] = (path, argument, _) => ElemMatch(path, argument),
        ["$regex"] = (path, argument, operators) => Regex(path, argument, operators),
        ["$options"] = (_, _, operators) => operators.Contains("$regex")
            ? null
            : throw QueryErrors.BadValue("$options needs a $regex"),
        ["$not"] = (path, argument, _) => Not(path, argument),
        ["$bitsAllSet"] = (path, argument, _) => Bits(path, argument, "$bitsAllSet", wantSet: true, requireAll: true),
        ["$bitsAnySet"] = (path, argument, _) => Bits(path, argument, "$bitsAnySet", wantSet: true, requireAll: false),
        ["$bitsAllClear"] = (path, argument, _) => Bits(path, argument, "$bitsAllClear", wantSet: false, requireAll: true),
        ["$bitsAnyClear"] = (path, argument, _) => Bits(path, argument, "$bitsAnyClear", wantSet: false, requireAll: false),
    };

    /// <summary>Every operator of <c>{$gt: 1, $lt: 5}</c>, all of which must hold.</summary>
    public static Matcher Parse(BsonPath path, BsonDocument operators)
    {
        var children = new List<Matcher>(operators.Count);
        foreach (var (name, argument) in operators)
        {
            var parser = Parsers.GetValueOrDefault(name) ?? throw QueryErrors.BadValue($"unknown operator: {name}");
            if (parser(path, argument, operators) is { } matcher)
            {
                children.Add(matcher);
            }
        }

        return children.Count == 1 ? children[0] : new AndMatcher(children);
    }

    /// <summary>
    /// Implicit equality. A regular expression there matches strings (the implicit form); with <c>$eq</c> it
    /// matches only an identical stored regex (manual "$eq &gt; Regex Match Behavior").
    /// </summary>
    public static Matcher Equality(BsonPath path, BsonValue value, bool regexMatches = true)
    {
        if (regexMatches && value is BsonRegularExpression regex)
        {
            return RegexCondition(path, regex);
        }

        return new PathMatcher(path, new EqualsMatcher(value), BsonPathLeafArrays.ElementsThenArray, matchesMissing: value.IsNull);
    }

    public static Matcher RegexCondition(BsonPath path, BsonRegularExpression regex) =>
        new PathMatcher(path, new RegexMatcher(regex), BsonPathLeafArrays.ElementsThenArray, matchesMissing: false);

    private static PathMatcher Comparison(BsonPath path, BsonValue argument, Func<int, bool> accepts, bool nullMatchesMissing) =>
        new(path, new ComparisonMatcher(argument, accepts), BsonPathLeafArrays.ElementsThenArray, nullMatchesMissing && argument.IsNull);

    private static PathMatcher In(BsonPath path, BsonValue argument, string name)
    {
        if (argument is not BsonArray values)
        {
            throw QueryErrors.BadValue($"{name} needs an array");
        }

        var alternatives = new List<ValueMatcher>(values.Count);
        foreach (var value in values)
        {
            if (value is BsonDocument d && IsOperator(d))
            {
                throw QueryErrors.BadValue($"cannot nest $ under {name}");
            }

            alternatives.Add(value is BsonRegularExpression regex ? new RegexMatcher(regex) : new EqualsMatcher(value));
        }

        return new PathMatcher(path, new InMatcher(alternatives), BsonPathLeafArrays.ElementsThenArray, values.Any(v => v.IsNull));
    }

    private static bool IsOperator(BsonDocument document) => FilterParser.IsOperatorDocument(document);

    private static PathMatcher Size(BsonPath path, BsonValue argument)
    {
        if (!argument.IsNumeric)
        {
            throw QueryErrors.BadValue("$size needs a number");
        }

        if (!NumericValues.TryGetExactInt32(argument, out var size))
        {
            throw QueryErrors.BadValue($"$size must be a whole number, found: {argument}");
        }

        if (size < 0)
        {
            throw QueryErrors.BadValue($"$size may not be negative, found: {size}");
        }

        return new PathMatcher(path, new SizeMatcher(size), BsonPathLeafArrays.ArrayOnly, matchesMissing: false);
    }

    private static PathMatcher Mod(BsonPath path, BsonValue argument)
    {
        // Server: ModMatchExpression parsing messages.
        if (argument is not BsonArray parts)
        {
            throw QueryErrors.BadValue("malformed mod, needs to be an array");
        }

        if (parts.Count < 2)
        {
            throw QueryErrors.BadValue("malformed mod, not enough elements");
        }

        if (parts.Count > 2)
        {
            throw QueryErrors.BadValue("malformed mod, too many elements");
        }

        if (!NumericValues.TryTruncateToInt64(parts[0], out var divisor))
        {
            throw QueryErrors.BadValue("malformed mod, divisor not a number");
        }

        if (!NumericValues.TryTruncateToInt64(parts[1], out var remainder))
        {
            throw QueryErrors.BadValue("malformed mod, remainder not a number");
        }

        return divisor == 0
            ? throw QueryErrors.BadValue("divisor cannot be 0")
            : new PathMatcher(path, new ModMatcher(divisor, remainder), BsonPathLeafArrays.ElementsThenArray, matchesMissing: false);
    }

    private static Matcher All(BsonPath path, BsonValue argument)
    {
        if (argument is not BsonArray values)
        {
            throw QueryErrors.BadValue("$all needs an array");
        }

        if (values.Count == 0)
        {
            return new NeverMatcher(path.Text);
        }

        var children = new List<Matcher>(values.Count);
        foreach (var value in values)
        {
            if (value is BsonDocument d && d.Count > 0 && d[0].Name == "$elemMatch")
            {
                children.Add(ElemMatch(path, d[0].Value));
            }
            else if (value is BsonDocument o && IsOperator(o))
            {
                throw QueryErrors.BadValue("no $ expressions in $all");
            }
            else
            {
                children.Add(Equality(path, value));
            }
        }

        return new AndMatcher(children);
    }

    private static PathMatcher ElemMatch(BsonPath path, BsonValue argument)
    {
        if (argument is not BsonDocument condition)
        {
            throw QueryErrors.BadValue("$elemMatch needs an Object");
        }

        // Server (parseElemMatch): operators on the element itself unless the first key is a field name or a
        // logical operator, in which case the condition is a query on element documents.
        var valueForm = condition.Count > 0 && condition[0].Name.StartsWith('$')
            && condition[0].Name is not ("$and" or "$or" or "$nor" or "$expr" or "$where" or "$text" or "$comment");
        ValueMatcher test = valueForm
            ? new ElemMatchValueMatcher(Parse(BsonPath.Parse(ElemMatchValueMatcher.ElementField), condition))
            : new ElemMatchDocumentMatcher(FilterParser.Parse(condition));
        return new PathMatcher(path, test, BsonPathLeafArrays.ArrayOnly, matchesMissing: false);
    }

    private static Matcher Regex(BsonPath path, BsonValue argument, BsonDocument operators)
    {
        var options = operators.GetValueOrDefault("$options");
        if (options is not null and not BsonString)
        {
            throw QueryErrors.BadValue("$options has to be a string");
        }

        var optionText = options is BsonString s ? s.Value : string.Empty;
        var expression = argument switch
        {
            BsonString pattern => new BsonRegularExpression(pattern.Value, optionText),
            BsonRegularExpression regex when optionText.Length > 0 && regex.Options.Length > 0 =>
                throw QueryErrors.BadValue("options set in both $regex and $options"),
            BsonRegularExpression regex => new BsonRegularExpression(regex.Pattern, regex.Options + optionText),
            _ => throw QueryErrors.BadValue("$regex has to be a string"),
        };
        return RegexCondition(path, expression);
    }

    private static NotMatcher Not(BsonPath path, BsonValue argument) =>
        argument switch
        {
            BsonRegularExpression regex => new NotMatcher(RegexCondition(path, regex)),
            BsonDocument { Count: 0 } => throw QueryErrors.BadValue("$not cannot be empty"),
            BsonDocument d when IsOperator(d) => new NotMatcher(Parse(path, d)),
            BsonDocument => throw QueryErrors.BadValue("unknown operator in $not: the $not argument must hold operators such as {$gt: 1}"),
            _ => throw QueryErrors.BadValue("$not needs a regex or a document"),
        };

    private static PathMatcher Bits(BsonPath path, BsonValue argument, string name, bool wantSet, bool requireAll)
    {
        var positions = new List<int>();
        if (argument is BsonBinary mask)
        {
            for (var i = 0; i < mask.Data.Length * 8; i++)
            {
                if ((mask.Data[i / 8] & (1 << (i % 8))) != 0)
                {
                    positions.Add(i);
                }
            }
        }
        else if (argument is BsonArray list)
        {
            foreach (var item in list)
            {
                if (!NumericValues.TryGetExactInt32(item, out var position) || position < 0)
                {
                    throw QueryErrors.BadValue($"bit positions must be non-negative integers, but {name} got: {item}");
                }

                positions.Add(position);
            }
        }
        else if (argument.IsNumeric)
        {
            if (!NumericValues.TryGetExactInt64(argument, out var bits) || bits < 0)
            {
                throw QueryErrors.FailedToParse($"{name} takes an Array, a number, or a BinData but received: {name}: {argument}; a bitmask must be a non-negative integer");
            }

            for (var i = 0; i < 63; i++)
            {
                if ((bits & (1L << i)) != 0)
                {
                    positions.Add(i);
                }
            }
        }
        else
        {
            throw QueryErrors.BadValue($"{name} takes an Array, a number, or a BinData but received: {name}: {argument}");
        }

        return new PathMatcher(path, new BitsMatcher(positions, wantSet, requireAll), BsonPathLeafArrays.ElementsThenArray, matchesMissing: false);
    }
}
