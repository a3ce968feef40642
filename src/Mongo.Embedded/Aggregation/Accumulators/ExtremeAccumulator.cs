using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>$min / $max in MongoDB's cross-type order, ignoring null and missing values (manual "$min").</summary>
internal sealed class ExtremeAccumulator(int sign) : IAccumulator
{
    private BsonValue? _best;

    public void Add(BsonValue? value)
    {
        if (value is null or BsonNull or BsonUndefined)
        {
            return;
        }

        if (_best is null || sign * BsonValueComparer.Instance.Compare(value, _best) > 0)
        {
            _best = value;
        }
    }

    public BsonValue Result() => _best ?? BsonNull.Value;
}
