using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>$push (every value) and $addToSet (distinct values); missing values are skipped (manual "$push").</summary>
internal sealed class CollectAccumulator(bool distinct) : IAccumulator
{
    private readonly List<BsonValue> _values = [];
    private readonly HashSet<BsonValue> _seen = new(BsonValueComparer.Instance);

    public void Add(BsonValue? value)
    {
        if (value is not null && (!distinct || _seen.Add(value)))
        {
            _values.Add(value);
        }
    }

    public BsonValue Result() => new BsonArray(_values);
}
