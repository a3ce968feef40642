using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $filter, $map and $reduce (manual "$filter", "$map", "$reduce"): the body runs once per element with the
/// element bound to <c>as</c> (default "this"); $reduce binds <c>$$value</c> and <c>$$this</c>. A null or
/// missing input gives null.
/// </summary>
internal static class ArrayIterationOperators
{
    public static void Register(OperatorTable table)
    {
        table.Special("$filter", ParseFilter);
        table.Special("$map", ParseMap);
        table.Special("$reduce", ParseReduce);
    }

    private static DelegateExpression ParseFilter(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$filter", argument, 28647, "input", "as", "cond", "limit");
        var input = ExpressionParser.Required(named, "input", "$filter", 28648);
        var condition = ExpressionParser.Required(named, "cond", "$filter", 28650);
        var name = VariableName(named, "$filter");
        var limit = ExpressionParser.Optional(named, "limit");
        return new DelegateExpression((root, variables) =>
        {
            if (Input("$filter", input.Evaluate(root, variables), 28651) is not { } array)
            {
                return BsonNull.Value;
            }

            var max = int.MaxValue;
            if (limit?.Evaluate(root, variables) is { } limitValue && !TypeNames.IsNullish(limitValue))
            {
                max = TextValues.Integer(limitValue) is { } n and > 0 and <= int.MaxValue
                    ? (int)n
                    : throw AggregationErrors.Location(327391, $"$filter: limit must be greater than 0: {limitValue}");
            }

            var kept = new List<BsonValue>();
            foreach (var item in array)
            {
                if (kept.Count == max)
                {
                    break;
                }

                if (TypeNames.IsTrue(condition.Evaluate(root, variables.With(name, item))))
                {
                    kept.Add(item);
                }
            }

            return new BsonArray(kept);
        });
    }

    private static DelegateExpression ParseMap(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$map", argument, 16879, "input", "as", "in");
        var input = ExpressionParser.Required(named, "input", "$map", 16880);
        var body = ExpressionParser.Required(named, "in", "$map", 16882);
        var name = VariableName(named, "$map");
        return new DelegateExpression((root, variables) =>
            Input("$map", input.Evaluate(root, variables), 16883) is { } array
                ? new BsonArray(array.Select(item => body.Evaluate(root, variables.With(name, item)) ?? BsonNull.Value))
                : BsonNull.Value);
    }

    private static DelegateExpression ParseReduce(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$reduce", argument, 40076, "input", "initialValue", "in");
        var input = ExpressionParser.Required(named, "input", "$reduce", 40077);
        var initial = ExpressionParser.Required(named, "initialValue", "$reduce", 40078);
        var body = ExpressionParser.Required(named, "in", "$reduce", 40079);
        return new DelegateExpression((root, variables) =>
        {
            if (Input("$reduce", input.Evaluate(root, variables), 40080) is not { } array)
            {
                return BsonNull.Value;
            }

            var accumulated = initial.Evaluate(root, variables) ?? BsonNull.Value;
            foreach (var item in array)
            {
                accumulated = body.Evaluate(root, variables.With("value", accumulated).With("this", item)) ?? BsonNull.Value;
            }

            return accumulated;
        });
    }

    private static string VariableName(Dictionary<string, BsonValue> named, string name) => named.TryGetValue("as", out var value)
        ? value is BsonString s ? VariableNames.Validate(s.Value) : throw AggregationErrors.Location(16866, $"{name}: 'as' must be a string")
        : "this";

    private static BsonArray? Input(string name, BsonValue? value, int code) => value switch
    {
        null or BsonNull or BsonUndefined => null,
        BsonArray array => array,
        _ => throw AggregationErrors.Location(code, $"input to {name} must be an array not {TypeNames.Of(value)}"),
    };
}
