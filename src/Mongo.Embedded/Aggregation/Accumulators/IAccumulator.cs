using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>A $group accumulator's running state for one group (manual "$group", "Accumulator Operators").</summary>
internal interface IAccumulator
{
    /// <summary>Adds one document's evaluated argument; null means the field was missing.</summary>
    void Add(BsonValue? value);

    BsonValue Result();
}
