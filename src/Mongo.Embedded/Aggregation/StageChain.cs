using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>Runs parsed stages one after another (pipelines, $facet branches, $lookup sub-pipelines).</summary>
internal static class StageChain
{
    public static IEnumerable<BsonDocument> Run(IReadOnlyList<IPipelineStage> stages, IEnumerable<BsonDocument> input, StageContext context)
    {
        var documents = Cancellable(input, context.CancellationToken);
        foreach (var stage in stages)
        {
            documents = stage.Apply(documents, context);
        }

        return documents;
    }

    private static IEnumerable<BsonDocument> Cancellable(IEnumerable<BsonDocument> input, CancellationToken cancellationToken)
    {
        foreach (var document in input)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
    }
}
