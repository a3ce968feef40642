using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>
/// $stdDevPop and $stdDevSamp (manual "$stdDevPop"): the standard deviation of the numeric values, as a
/// double, with Welford's running update; null without values (or, for the sample, with only one).
/// </summary>
internal sealed class DeviationAccumulator(bool sample) : IAccumulator
{
    private long _count;
    private double _mean;
    private double _squares;

    public void Add(BsonValue? value)
    {
        if (!Numbers.IsNumber(value))
        {
            return;
        }

        var x = Numbers.ToDouble(value!);
        _count++;
        var delta = x - _mean;
        _mean += delta / _count;
        _squares += delta * (x - _mean);
    }

    public BsonValue Result()
    {
        var divisor = sample ? _count - 1 : _count;
        return divisor <= 0 ? BsonNull.Value : new BsonDouble(Math.Sqrt(_squares / divisor));
    }
}
