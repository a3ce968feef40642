using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $addFields / $set (manual "$addFields"): every field is an expression; existing fields are replaced in
/// place, new ones appended, and an expression evaluating to missing ($$REMOVE) removes the field.
/// </summary>
internal sealed class AddFieldsStage(ProjectionNode node) : IPipelineStage
{
    public static AddFieldsStage Parse(BsonValue specification) => specification is BsonDocument spec
        ? new AddFieldsStage(ProjectionParser.Parse(spec, flagsAllowed: false))
        : throw AggregationErrors.Location(40272, "$addFields specification stage must be an object");

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        input.Select(document => node.Set(document, document, context.Variables));
}
