using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>$count: one document <c>{name: n}</c>, or none when the input is empty (manual "$count").</summary>
internal sealed class CountStage(string field) : IPipelineStage
{
    public static CountStage Parse(BsonValue specification)
    {
        if (specification is not BsonString { Value: var name })
        {
            throw AggregationErrors.Location(40156, "the count field must be a non-empty string");
        }

        return name switch
        {
            "" => throw AggregationErrors.Location(40157, "the count field must be a non-empty string"),
            _ when name.StartsWith('$') => throw AggregationErrors.Location(40158, "the count field cannot be a $-prefixed path"),
            _ when name.Contains('.', StringComparison.Ordinal) => throw AggregationErrors.Location(40160, "the count field cannot contain '.'"),
            _ => new CountStage(name),
        };
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        var count = input.LongCount();
        return count == 0 ? [] : [new BsonDocument(new BsonElement(field, Expressions.Numbers.Integral(count)))];
    }
}
