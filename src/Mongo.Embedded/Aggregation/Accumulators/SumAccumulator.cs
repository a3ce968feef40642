using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>
/// $sum and $avg (manual "$sum", "$avg"): non-numeric values are ignored. $sum follows the arithmetic
/// result types (int, widening to long and then double on overflow; double; decimal) and is 0 without
/// numbers; $avg is a double (a decimal if any input is one), or null without numeric input.
/// </summary>
internal sealed class SumAccumulator(bool average) : IAccumulator
{
    private BsonValue _sum = new BsonInt32(0);
    private int _count;

    public void Add(BsonValue? value)
    {
        if (Numbers.IsNumber(value))
        {
            _sum = Numbers.Add(_sum, value!);
            _count++;
        }
    }

    public BsonValue Result()
    {
        if (!average)
        {
            return _sum;
        }

        if (_count == 0)
        {
            return BsonNull.Value;
        }

        return _sum is BsonDecimal128
            ? Numbers.FromDecimal(Numbers.ToDecimal(_sum) / _count)
            : new BsonDouble(Numbers.ToDouble(_sum) / _count);
    }
}
