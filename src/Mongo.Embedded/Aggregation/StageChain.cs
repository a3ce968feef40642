using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>Runs parsed stages one after another (pipelines, $facet branches, $lookup sub-pipelines).</summary>
internal static class StageChain
{
    public static IEnumerable<BsonDocument> Run(IReadOnlyList<IPipelineStage> stages, IEnumerable<BsonDocument> input, StageContext context)
    {
        // After every stage too, not only on the input: one input document can become millions inside a
        // pipeline ($unwind of a large array) that a blocking stage ($group, $sort) consumes before it yields.
        var documents = Checked(input, context.Checkpoint);
        foreach (var stage in stages)
        {
            documents = Checked(stage.Apply(documents, context), context.Checkpoint);
        }

        return documents;
    }

    private static IEnumerable<BsonDocument> Checked(IEnumerable<BsonDocument> documents, Action checkpoint)
    {
        foreach (var document in documents)
        {
            checkpoint();
            yield return document;
        }
    }
}
