using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// <c>"$a.b"</c>, <c>"$$ROOT.a"</c>, <c>"$$var.a"</c> (manual "Field Paths"): the path is followed from the
/// variable's value; crossing an array applies the rest of the path to each element and collects the
/// results, skipping elements where it is missing, so <c>$a.b</c> over <c>a: [{b: 1}, {}, {b: 2}]</c> is [1, 2].
/// </summary>
internal sealed class FieldPathExpression : Expression
{
    private readonly string? _variable;
    private readonly string[] _segments;

    public FieldPathExpression(string? variable, string[] segments)
    {
        _variable = variable;
        _segments = segments;
    }

    public override BsonValue? Evaluate(BsonDocument root, ExpressionVariables variables)
    {
        BsonValue start;
        switch (_variable)
        {
            case null or "CURRENT" or "ROOT":
                start = root;
                break;
            case "NOW":
                start = variables.Now;
                break;
            case "REMOVE":
                return null;
            case "KEEP" or "PRUNE" or "DESCEND":
                // Manual "$redact": the system variables it compares against are these strings.
                start = new BsonString(_variable.ToLowerInvariant());
                break;
            default:
                if (!variables.TryGet(_variable, out start))
                {
                    throw AggregationErrors.Location(17276, $"Use of undefined variable: {_variable}");
                }

                break;
        }

        return Follow(start, 0);
    }

    private BsonValue? Follow(BsonValue current, int index)
    {
        if (index == _segments.Length)
        {
            return current;
        }

        switch (current)
        {
            case BsonDocument document:
                return document.TryGetValue(_segments[index], out var next) ? Follow(next, index + 1) : null;
            case BsonArray array:
                var results = new List<BsonValue>(array.Count);
                foreach (var item in array)
                {
                    if (item is BsonDocument or BsonArray && Follow(item, index) is { } value)
                    {
                        results.Add(value);
                    }
                }

                return new BsonArray(results);
            default:
                return null;
        }
    }
}
