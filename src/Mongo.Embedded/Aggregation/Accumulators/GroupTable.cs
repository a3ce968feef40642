using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Accumulators;

/// <summary>
/// Groups documents by key and runs the accumulators per group ($group, $bucket, $sortByCount). Keys compare
/// with MongoDB value equality, so 1 and 1.0 are one group; groups come out in first-seen order.
/// </summary>
internal static class GroupTable
{
    public static IEnumerable<BsonDocument> Build(
        IEnumerable<BsonDocument> input,
        Func<BsonDocument, BsonValue> key,
        IReadOnlyList<AccumulatorSpec> fields,
        ExpressionVariables variables)
    {
        var groups = new Dictionary<BsonValue, IAccumulator[]>(BsonValueComparer.Instance);
        var order = new List<BsonValue>();
        foreach (var document in input)
        {
            var groupKey = key(document);
            if (!groups.TryGetValue(groupKey, out var accumulators))
            {
                accumulators = [.. fields.Select(f => f.Create())];
                groups.Add(groupKey, accumulators);
                order.Add(groupKey);
            }

            for (var i = 0; i < fields.Count; i++)
            {
                accumulators[i].Add(fields[i].Argument.Evaluate(document, variables));
            }
        }

        foreach (var groupKey in order)
        {
            var accumulators = groups[groupKey];
            var elements = new BsonElement[fields.Count + 1];
            elements[0] = new BsonElement("_id", groupKey);
            for (var i = 0; i < fields.Count; i++)
            {
                elements[i + 1] = new BsonElement(fields[i].Field, accumulators[i].Result());
            }

            yield return new BsonDocument(elements);
        }
    }
}
