using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $sortArray and $zip (manual "$sortArray", "$zip"). $sortArray sorts values by BSON order (sortBy 1/-1)
/// or documents by a sort specification, stably; $zip transposes arrays, to the shortest unless
/// useLongestLength, padding with defaults.
/// </summary>
internal static class ArrayReshapeOperators
{
    public static void Register(OperatorTable table)
    {
        table.Special("$sortArray", ParseSortArray);
        table.Special("$zip", ParseZip);
    }

    private static DelegateExpression ParseSortArray(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$sortArray", argument, 2942500, "input", "sortBy");
        var input = ExpressionParser.Required(named, "input", "$sortArray", 2942501);
        Comparison<BsonValue> compare = named.GetValueOrDefault("sortBy") switch
        {
            BsonDocument { Count: > 0 } spec => ByDocument(SortSpec.Parse(spec)),
            var direction when TextValues.Integer(direction) is 1 or -1 =>
                (a, b) => (int)TextValues.Integer(direction)!.Value * BsonValueComparer.Instance.Compare(a, b),
            _ => throw AggregationErrors.Location(2942502, "$sortArray requires sortBy to be either 1, -1, or a non-empty object"),
        };
        return new DelegateExpression((root, variables) => input.Evaluate(root, variables) switch
        {
            null or BsonNull or BsonUndefined => BsonNull.Value,
            BsonArray array => new BsonArray(array.Order(Comparer<BsonValue>.Create(compare))),
            var other => throw AggregationErrors.Location(2942504, $"$sortArray requires an array as input, found: {TypeNames.Of(other)}"),
        });
    }

    // Non-documents sort before documents when sorting by fields, as values without the field would.
    private static Comparison<BsonValue> ByDocument(SortSpec sort) => (a, b) => (a, b) switch
    {
        (BsonDocument x, BsonDocument y) => sort.Compare(x, y),
        (BsonDocument, _) => 1,
        (_, BsonDocument) => -1,
        _ => 0,
    };

    private static DelegateExpression ParseZip(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$zip", argument, 34464, "inputs", "useLongestLength", "defaults");
        var inputs = named.TryGetValue("inputs", out var inputsValue) && inputsValue is BsonArray list
            ? list.Select(ExpressionParser.Parse).ToArray()
            : throw AggregationErrors.Location(34460, "inputs must be an array of expressions");
        var longest = named.GetValueOrDefault("useLongestLength") switch
        {
            null => false,
            BsonBoolean b => b.Value,
            _ => throw AggregationErrors.Location(34463, "useLongestLength must be a bool"),
        };
        var defaults = ExpressionParser.Optional(named, "defaults");
        if (defaults is not null && !longest)
        {
            throw AggregationErrors.Location(34466, "cannot specify defaults unless useLongestLength is true");
        }

        return new DelegateExpression((root, variables) =>
        {
            var arrays = new List<BsonArray>(inputs.Length);
            foreach (var input in inputs)
            {
                switch (input.Evaluate(root, variables))
                {
                    case null or BsonNull or BsonUndefined:
                        return BsonNull.Value;
                    case BsonArray array:
                        arrays.Add(array);
                        break;
                    case var other:
                        throw AggregationErrors.Location(34468, $"$zip found a non-array expression in input: {other}");
                }
            }

            var fill = defaults?.Evaluate(root, variables) as BsonArray;
            if (fill is not null && fill.Count != arrays.Count)
            {
                throw AggregationErrors.Location(34467, "defaults and inputs must have the same length");
            }

            var length = arrays.Count == 0 ? 0 : longest ? arrays.Max(a => a.Count) : arrays.Min(a => a.Count);
            return new BsonArray(Enumerable.Range(0, length).Select(i => (BsonValue)new BsonArray(
                arrays.Select((a, j) => i < a.Count ? a[i] : fill?[j] ?? BsonNull.Value))));
        });
    }
}
