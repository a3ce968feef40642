using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// Date part operators and $dateToString (manual "Date Expression Operators"). Each part operator takes a
/// date expression or <c>{date, timezone}</c>; null or missing dates give null.
/// </summary>
internal static class DateOperators
{
    public static void Register(OperatorTable table)
    {
        Part(table, "$year", d => d.Year);
        Part(table, "$month", d => d.Month);
        Part(table, "$dayOfMonth", d => d.Day);
        Part(table, "$hour", d => d.Hour);
        Part(table, "$minute", d => d.Minute);
        Part(table, "$second", d => d.Second);
        Part(table, "$millisecond", d => d.Millisecond);
        Part(table, "$dayOfYear", d => d.DayOfYear);
        Part(table, "$dayOfWeek", d => (int)d.DayOfWeek + 1);
        Part(table, "$week", DateValues.Week);
        Part(table, "$isoDayOfWeek", DateValues.IsoDayOfWeek);
        Part(table, "$isoWeek", d => System.Globalization.ISOWeek.GetWeekOfYear(d.DateTime));
        Part(table, "$isoWeekYear", d => System.Globalization.ISOWeek.GetYear(d.DateTime));
        table.Special("$dateToString", ParseDateToString);
    }

    private static void Part(OperatorTable table, string name, Func<DateTimeOffset, int> part) =>
        table.Special(name, argument =>
        {
            Expression date;
            Expression? zone = null;
            if (argument is BsonDocument document && document.Count > 0 && !document[0].Name.StartsWith('$'))
            {
                var named = ExpressionParser.NamedArguments(name, argument, 40535, "date", "timezone");
                date = ExpressionParser.Required(named, "date", name, 40539);
                zone = ExpressionParser.Optional(named, "timezone");
            }
            else
            {
                date = ExpressionParser.ParseArguments(name, argument, 1, 1)[0];
            }

            return new DelegateExpression((root, variables) =>
            {
                var value = date.Evaluate(root, variables);
                if (TypeNames.IsNullish(value))
                {
                    return BsonNull.Value;
                }

                var local = DateValues.InZone(DateValues.ToInstant(name, value!), zone?.Evaluate(root, variables));
                return new BsonInt32(part(local));
            });
        });

    private static DelegateExpression ParseDateToString(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$dateToString", argument, 18534, "date", "format", "timezone", "onNull");
        var date = ExpressionParser.Required(named, "date", "$dateToString", 18628);
        var format = ExpressionParser.Optional(named, "format");
        var zone = ExpressionParser.Optional(named, "timezone");
        var onNull = ExpressionParser.Optional(named, "onNull");
        return new DelegateExpression((root, variables) =>
        {
            var value = date.Evaluate(root, variables);
            if (TypeNames.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(root, variables);
            }

            var pattern = format?.Evaluate(root, variables) switch
            {
                null => null,
                BsonString s => s.Value,
                BsonNull => null,
                var other => throw AggregationErrors.Location(18533, $"$dateToString requires that 'format' be a string, found: {TypeNames.Of(other)}"),
            };
            var local = DateValues.InZone(DateValues.ToInstant("$dateToString", value!), zone?.Evaluate(root, variables));
            return new BsonString(DateFormatter.Format(local, pattern ?? (zone is null ? DateFormatter.DefaultFormat : DateFormatter.DefaultZonedFormat)));
        });
    }
}
