using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>$mergeObjects as an accumulator: later documents' fields win; null and missing are ignored.</summary>
internal sealed class MergeObjectsAccumulator : IAccumulator
{
    private BsonDocument _merged = BsonDocument.Empty;

    public void Add(BsonValue? value) => _merged = ObjectOperators.Merge([_merged, value]);

    public BsonValue Result() => _merged;
}
