using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>$first / $last: the value from the group's first or last document; missing becomes null (manual "$first").</summary>
internal sealed class PositionAccumulator(bool last) : IAccumulator
{
    private BsonValue? _value;
    private bool _seen;

    public void Add(BsonValue? value)
    {
        if (!_seen || last)
        {
            _value = value;
            _seen = true;
        }
    }

    public BsonValue Result() => _value ?? BsonNull.Value;
}
