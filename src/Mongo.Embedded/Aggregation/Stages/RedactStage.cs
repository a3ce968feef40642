using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $redact (manual "$redact"): the expression decides per document level — $$KEEP keeps it whole, $$PRUNE
/// drops it, $$DESCEND keeps its scalar fields and applies the decision to each embedded document (also
/// inside arrays). Field paths read the document being decided on; $$ROOT is that document too, not the
/// top-level one (a simplification of this engine).
/// </summary>
internal sealed class RedactStage(Expression decision) : IPipelineStage
{
    public static RedactStage Parse(BsonValue specification) => new(Expression.Parse(specification));

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        input.Select(document => Redact(document, context.Variables)).OfType<BsonDocument>();

    private BsonDocument? Redact(BsonDocument document, ExpressionVariables variables)
    {
        switch (decision.Evaluate(document, variables))
        {
            case BsonString { Value: "keep" }:
                return document;
            case BsonString { Value: "prune" }:
                return null;
            case BsonString { Value: "descend" }:
                var fields = new List<BsonElement>(document.Count);
                foreach (var (name, value) in document)
                {
                    if (Descend(value, variables) is { } kept)
                    {
                        fields.Add(new BsonElement(name, kept));
                    }
                }

                return new BsonDocument(fields);
            case var other:
                throw AggregationErrors.Location(17053, $"$redact's expression should not return anything aside from the variables $$KEEP, $$DESCEND, and $$PRUNE, but returned {(other is null ? "MISSING" : other.ToString())}");
        }
    }

    private BsonValue? Descend(BsonValue value, ExpressionVariables variables) => value switch
    {
        BsonDocument child => Redact(child, variables),
        BsonArray array => new BsonArray(array.Select(item => Descend(item, variables)).OfType<BsonValue>()),
        _ => value,
    };
}
