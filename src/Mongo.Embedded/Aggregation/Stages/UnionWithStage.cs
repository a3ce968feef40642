using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $unionWith (manual "$unionWith"): the input, then the documents of another collection of the same
/// database after its optional pipeline. <c>{$unionWith: "coll"}</c> is the short form.
/// </summary>
internal sealed class UnionWithStage(string collection, IReadOnlyList<IPipelineStage> pipeline) : IPipelineStage
{
    public static UnionWithStage Parse(BsonValue specification)
    {
        switch (specification)
        {
            case BsonString { Value.Length: > 0 } name:
                return new UnionWithStage(name.Value, []);
            case BsonDocument spec:
                foreach (var field in spec.Names)
                {
                    if (field is not ("coll" or "pipeline"))
                    {
                        throw AggregationErrors.Location(40415, $"BSON field '$unionWith.{field}' is an unknown field.");
                    }
                }

                var coll = spec.GetValueOrDefault("coll") as BsonString
                    ?? throw AggregationErrors.Location(40414, "BSON field '$unionWith.coll' is missing but a required field");
                var stages = spec.GetValueOrDefault("pipeline") switch
                {
                    null => [],
                    BsonArray list => StageParsers.ParseAll(list),
                    var other => throw AggregationErrors.TypeMismatch($"BSON field '$unionWith.pipeline' is the wrong type '{TypeNames.Of(other)}', expected type 'array'"),
                };
                return new UnionWithStage(coll.Value, stages);
            default:
                throw AggregationErrors.FailedToParse($"the $unionWith stage specification must be an object or string, but found {TypeNames.Of(specification)}");
        }
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        input.Concat(Deferred(context));

    // The other collection is read only once the input is exhausted, as a lazy stream should.
    private IEnumerable<BsonDocument> Deferred(StageContext context)
    {
        var other = context.Aggregation.Collections.Scan(context.Aggregation.Database, collection);
        foreach (var document in StageChain.Run(pipeline, other, context))
        {
            yield return document;
        }
    }
}
