using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $dateAdd, $dateSubtract, $dateDiff, $dateTrunc (manual pages of the same names): null or missing
/// arguments give null; the calendar rules live in the <see cref="CalendarUnit"/> subclasses.
/// </summary>
internal static class DateArithmeticOperators
{
    public static void Register(OperatorTable table)
    {
        table.Special("$dateAdd", argument => ParseAdd("$dateAdd", argument, sign: 1));
        table.Special("$dateSubtract", argument => ParseAdd("$dateSubtract", argument, sign: -1));
        table.Special("$dateDiff", ParseDiff);
        table.Special("$dateTrunc", ParseTrunc);
    }

    private static DelegateExpression ParseAdd(string name, BsonValue argument, int sign)
    {
        var named = ExpressionParser.NamedArguments(name, argument, 5166301, "startDate", "unit", "amount", "timezone");
        var start = ExpressionParser.Required(named, "startDate", name, 5166402);
        var unit = ExpressionParser.Required(named, "unit", name, 5166402);
        var amount = ExpressionParser.Required(named, "amount", name, 5166402);
        var zone = ExpressionParser.Optional(named, "timezone");
        return new DelegateExpression((root, variables) =>
        {
            var values = new[] { start.Evaluate(root, variables), unit.Evaluate(root, variables), amount.Evaluate(root, variables) };
            if (values.Any(TypeNames.IsNullish))
            {
                return BsonNull.Value;
            }

            var count = TextValues.Integer(values[2]) ?? throw AggregationErrors.Location(5166405, $"{name} expects integer amount of time units, found: {values[2]}");
            var instant = DateValues.ToInstant(name, values[0]!);
            var result = CalendarUnit.Parse(name, values[1]).Add(instant, sign * count, DateValues.Zone(zone?.Evaluate(root, variables)));
            return BsonDateTime.FromDateTimeOffset(result);
        });
    }

    private static DelegateExpression ParseDiff(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$dateDiff", argument, 5166301, "startDate", "endDate", "unit", "timezone", "startOfWeek");
        var start = ExpressionParser.Required(named, "startDate", "$dateDiff", 5166302);
        var end = ExpressionParser.Required(named, "endDate", "$dateDiff", 5166303);
        var unit = ExpressionParser.Required(named, "unit", "$dateDiff", 5166304);
        var zone = ExpressionParser.Optional(named, "timezone");
        var startOfWeek = ExpressionParser.Optional(named, "startOfWeek");
        return new DelegateExpression((root, variables) =>
        {
            var values = new[] { start.Evaluate(root, variables), end.Evaluate(root, variables), unit.Evaluate(root, variables) };
            if (values.Any(TypeNames.IsNullish))
            {
                return BsonNull.Value;
            }

            var timeZone = DateValues.Zone(zone?.Evaluate(root, variables));
            var diff = CalendarUnit.Parse("$dateDiff", values[2]).Diff(
                TimeZoneInfo.ConvertTime(DateValues.ToInstant("$dateDiff", values[0]!), timeZone).DateTime,
                TimeZoneInfo.ConvertTime(DateValues.ToInstant("$dateDiff", values[1]!), timeZone).DateTime,
                CalendarUnit.StartOfWeek("$dateDiff", startOfWeek?.Evaluate(root, variables)));
            return new BsonInt64(diff);
        });
    }

    private static DelegateExpression ParseTrunc(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$dateTrunc", argument, 5439007, "date", "unit", "binSize", "timezone", "startOfWeek");
        var date = ExpressionParser.Required(named, "date", "$dateTrunc", 5439008);
        var unit = ExpressionParser.Required(named, "unit", "$dateTrunc", 5439009);
        var binSize = ExpressionParser.Optional(named, "binSize");
        var zone = ExpressionParser.Optional(named, "timezone");
        var startOfWeek = ExpressionParser.Optional(named, "startOfWeek");
        return new DelegateExpression((root, variables) =>
        {
            var value = date.Evaluate(root, variables);
            var unitValue = unit.Evaluate(root, variables);
            var binValue = binSize?.Evaluate(root, variables) ?? new BsonInt32(1);
            if (TypeNames.IsNullish(value) || TypeNames.IsNullish(unitValue) || TypeNames.IsNullish(binValue))
            {
                return BsonNull.Value;
            }

            var bins = TextValues.Integer(binValue) is { } n and > 0
                ? n
                : throw AggregationErrors.Location(5439017, $"$dateTrunc requires 'binSize' to be a positive 64-bit integer, but got value '{binValue}' of type {TypeNames.Of(binValue)}");
            var timeZone = DateValues.Zone(zone?.Evaluate(root, variables));
            var local = TimeZoneInfo.ConvertTime(DateValues.ToInstant("$dateTrunc", value!), timeZone).DateTime;
            var truncated = CalendarUnit.Parse("$dateTrunc", unitValue).Truncate(local, bins, CalendarUnit.StartOfWeek("$dateTrunc", startOfWeek?.Evaluate(root, variables)));
            return BsonDateTime.FromDateTimeOffset(DateValues.FromLocal(truncated, timeZone));
        });
    }
}
