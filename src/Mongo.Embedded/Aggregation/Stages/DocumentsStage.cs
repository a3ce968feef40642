using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $documents (manual "$documents", 5.1+): the documents of an expression that evaluates to an array of
/// objects, evaluated once per run with the pipeline's variables; it replaces whatever input there was, as it
/// starts a collection-less aggregation (aggregate: 1).
/// </summary>
internal sealed class DocumentsStage(Expression documents) : IPipelineStage
{
    public static DocumentsStage Parse(BsonValue specification) => new(Expression.Parse(specification));

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        documents.Evaluate(BsonDocument.Empty, context.Variables) is BsonArray array && array.All(d => d is BsonDocument)
            ? array.Cast<BsonDocument>()
            : throw AggregationErrors.Location(5858203, "an array of objects is expected for $documents");
}
