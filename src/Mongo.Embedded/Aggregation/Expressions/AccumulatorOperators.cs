using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Accumulators;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $sum, $avg, $min, $max, $stdDevPop, $stdDevSamp as expressions (manual "$sum": "With a single expression as its operand, if the
/// expression resolves to an array, $sum traverses into the array"; with several operands it combines them).
/// They reuse the $group accumulators, so the result types are the same.
/// </summary>
internal static class AccumulatorOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$sum", 0, int.MaxValue, v => Fold(v, new SumAccumulator(average: false)));
        table.Function("$avg", 0, int.MaxValue, v => Fold(v, new SumAccumulator(average: true)));
        table.Function("$min", 0, int.MaxValue, v => Fold(v, new ExtremeAccumulator(-1)));
        table.Function("$max", 0, int.MaxValue, v => Fold(v, new ExtremeAccumulator(1)));
        table.Function("$stdDevPop", 0, int.MaxValue, v => Fold(v, new DeviationAccumulator(sample: false)));
        table.Function("$stdDevSamp", 0, int.MaxValue, v => Fold(v, new DeviationAccumulator(sample: true)));
    }

    private static BsonValue Fold(BsonValue?[] values, IAccumulator accumulator)
    {
        IEnumerable<BsonValue?> operands = values is [BsonArray array] ? array : values;
        foreach (var value in operands)
        {
            accumulator.Add(value);
        }

        return accumulator.Result();
    }
}
