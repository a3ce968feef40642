using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>One aggregation stage: a lazy transformation of the document stream (manual "Aggregation Stages").</summary>
internal interface IPipelineStage
{
    IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context);
}
