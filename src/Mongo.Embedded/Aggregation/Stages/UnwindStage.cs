using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation.Expressions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $unwind: one output document per array element; a non-array, non-null value is kept as is, and null,
/// missing or empty arrays drop the document unless preserveNullAndEmptyArrays (manual "$unwind").
/// includeArrayIndex holds the element's index as a long, or null when nothing was unwound.
/// </summary>
internal sealed class UnwindStage(string path, FieldPathExpression reader, string? indexField, bool preserve) : IPipelineStage
{
    public static UnwindStage Parse(BsonValue specification)
    {
        string pathValue;
        string? index = null;
        var preserve = false;
        switch (specification)
        {
            case BsonString s:
                pathValue = s.Value;
                break;
            case BsonDocument d:
                foreach (var (name, value) in d)
                {
                    switch (name)
                    {
                        case "path":
                            break;
                        case "includeArrayIndex":
                            index = value is BsonString { Value.Length: > 0 } i && !i.Value.StartsWith('$')
                                ? i.Value
                                : throw AggregationErrors.Location(28822, $"includeArrayIndex option to $unwind stage should not be prefixed with a '$': {value}");
                            break;
                        case "preserveNullAndEmptyArrays":
                            preserve = value is BsonBoolean b
                                ? b.Value
                                : throw AggregationErrors.Location(28809, $"expected a boolean for the preserveNullAndEmptyArrays option to $unwind stage, got {TypeNames.Of(value)}");
                            break;
                        default:
                            throw AggregationErrors.Location(28811, $"unrecognized option to $unwind stage: {name}");
                    }
                }

                pathValue = d.GetValueOrDefault("path") switch
                {
                    BsonString p => p.Value,
                    null => throw AggregationErrors.Location(28812, "no path specified to $unwind stage"),
                    var other => throw AggregationErrors.Location(28808, $"expected a string as the path for $unwind stage, got {TypeNames.Of(other)}"),
                };
                break;
            default:
                throw AggregationErrors.Location(15981, $"expected either a string or an object as specification for $unwind stage, got {TypeNames.Of(specification)}");
        }

        if (!pathValue.StartsWith('$') || pathValue.Length < 2)
        {
            throw AggregationErrors.Location(28818, $"path option to $unwind stage should be prefixed with a '$': {pathValue}");
        }

        var reader = (FieldPathExpression)ExpressionParser.Parse(new BsonString(pathValue));
        return new UnwindStage(pathValue[1..], reader, index, preserve);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context) =>
        input.SelectMany(document => Unwind(document, context.Variables));

    private IEnumerable<BsonDocument> Unwind(BsonDocument document, ExpressionVariables variables)
    {
        var value = reader.Evaluate(document, variables);
        if (value is BsonArray { Count: > 0 } array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                yield return WithIndex(DocumentPathWriter.Set(document, path, array[i]), i);
            }
        }
        else if (value is not null and not BsonNull and not BsonArray)
        {
            yield return WithIndex(document, null);
        }
        else if (preserve)
        {
            // Manual "$unwind": an empty array is removed from the output document; null and missing stay as they were.
            var kept = value is BsonArray ? DocumentPathWriter.Set(document, path, null) : document;
            yield return WithIndex(kept, null);
        }
    }

    private BsonDocument WithIndex(BsonDocument document, long? index) =>
        indexField is null ? document : DocumentPathWriter.Set(document, indexField, index is { } i ? new BsonInt64(i) : BsonNull.Value);
}
