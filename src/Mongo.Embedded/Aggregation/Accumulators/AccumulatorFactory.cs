using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>Accumulator operators by name; <c>$count: {}</c> is <c>$sum: 1</c> (manual "$count (accumulator)").</summary>
internal static class AccumulatorFactory
{
    private static readonly Dictionary<string, Func<IAccumulator>> Factories = new(StringComparer.Ordinal)
    {
        ["$sum"] = () => new SumAccumulator(average: false),
        ["$count"] = () => new SumAccumulator(average: false),
        ["$avg"] = () => new SumAccumulator(average: true),
        ["$min"] = () => new ExtremeAccumulator(-1),
        ["$max"] = () => new ExtremeAccumulator(1),
        ["$first"] = () => new PositionAccumulator(last: false),
        ["$last"] = () => new PositionAccumulator(last: true),
        ["$push"] = () => new CollectAccumulator(distinct: false),
        ["$addToSet"] = () => new CollectAccumulator(distinct: true),
        ["$mergeObjects"] = () => new MergeObjectsAccumulator(),
        ["$stdDevPop"] = () => new DeviationAccumulator(sample: false),
        ["$stdDevSamp"] = () => new DeviationAccumulator(sample: true),
    };

    /// <summary>Parses <c>{$op: argument}</c> for output field <paramref name="field"/>.</summary>
    public static AccumulatorSpec Parse(string field, BsonValue specification)
    {
        if (field.Contains('.', StringComparison.Ordinal))
        {
            throw AggregationErrors.Location(40235, $"The field name '{field}' cannot contain '.'");
        }

        if (specification is not BsonDocument { Count: 1 } spec)
        {
            throw AggregationErrors.Location(40234, $"The field '{field}' must be an accumulator object");
        }

        var (name, argument) = spec[0];
        if (!Factories.TryGetValue(name, out var create))
        {
            throw AggregationErrors.Location(15952, $"unknown group operator '{name}'");
        }

        if (name == "$count")
        {
            return argument is BsonDocument { Count: 0 }
                ? new AccumulatorSpec(field, create, new ConstantExpression(new BsonInt32(1)))
                : throw AggregationErrors.Location(40237, "$count takes no arguments, i.e. $count:{}");
        }

        if (argument is BsonArray)
        {
            throw AggregationErrors.Location(40237, $"The {name} accumulator is a unary operator");
        }

        return new AccumulatorSpec(field, create, Expression.Parse(argument));
    }
}
