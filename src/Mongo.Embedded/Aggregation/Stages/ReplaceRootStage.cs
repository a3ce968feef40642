using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>$replaceRoot {newRoot} and $replaceWith (manual "$replaceRoot"): the new root must be a document.</summary>
internal sealed class ReplaceRootStage(Expression newRoot) : IPipelineStage
{
    public static ReplaceRootStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(40228, $"expected an object as specification for $replaceRoot stage, got {TypeNames.Of(specification)}");
        }

        foreach (var name in spec.Names)
        {
            if (name != "newRoot")
            {
                throw AggregationErrors.Location(40415, $"BSON field '$replaceRoot.{name}' is an unknown field.");
            }
        }

        return spec.TryGetValue("newRoot", out var root)
            ? new ReplaceRootStage(Expression.Parse(root))
            : throw AggregationErrors.Location(40414, "BSON field '$replaceRoot.newRoot' is missing but a required field");
    }

    public static ReplaceRootStage ParseReplaceWith(BsonValue specification) => new(Expression.Parse(specification));

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        input.Select(document => newRoot.Evaluate(document, context.Variables) switch
        {
            BsonDocument replacement => replacement,
            var other => throw AggregationErrors.Location(40228, $"'newRoot' expression must evaluate to an object, but resulting value was: {(other is null ? "MISSING" : other.ToString())}. Type of resulting value: '{TypeNames.Of(other)}'. Input document: {document}"),
        });
}
