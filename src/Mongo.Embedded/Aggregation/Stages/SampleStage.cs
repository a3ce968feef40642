using System.Security.Cryptography;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $sample {size} (manual "$sample"): a uniform random sample without replacement (reservoir sampling),
/// in random order; all documents when there are fewer than size.
/// </summary>
internal sealed class SampleStage(int size) : IPipelineStage
{
    public static SampleStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument spec)
        {
            throw AggregationErrors.Location(28745, "the $sample stage specification must be an object");
        }

        foreach (var name in spec.Names)
        {
            if (name != "size")
            {
                throw AggregationErrors.Location(28748, $"unrecognized option to $sample: {name}");
            }
        }

        return TextValues.Integer(spec.GetValueOrDefault("size")) switch
        {
            null when !spec.Contains("size") => throw AggregationErrors.Location(28749, "$sample stage must specify a size"),
            null => throw AggregationErrors.Location(28746, "size argument to $sample must be a number"),
            < 0 => throw AggregationErrors.Location(28747, "size argument to $sample must not be negative"),
            var n => new SampleStage((int)Math.Min(n.Value, int.MaxValue)),
        };
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        var reservoir = new List<BsonDocument>(Math.Min(size, 1024));
        var seen = 0;
        foreach (var document in input)
        {
            seen++;
            if (reservoir.Count < size)
            {
                reservoir.Add(document);
            }
            else if (RandomNumberGenerator.GetInt32(seen) is var slot && slot < size)
            {
                reservoir[slot] = document;
            }
        }

        // Reservoir order is biased towards input order; shuffle so the output order is random as well.
        for (var i = reservoir.Count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (reservoir[i], reservoir[j]) = (reservoir[j], reservoir[i]);
        }

        return reservoir;
    }
}
