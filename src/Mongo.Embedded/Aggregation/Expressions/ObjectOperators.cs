using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $mergeObjects, $objectToArray, $arrayToObject, $getField, $setField, $unsetField (manual "Object Expression
/// Operators", "$arrayToObject", "$objectToArray").
/// </summary>
internal static class ObjectOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$mergeObjects", 0, int.MaxValue, Merge);
        table.Function("$objectToArray", 1, 1, ObjectToArray);
        table.Function("$arrayToObject", 1, 1, ArrayToObject);
        table.Special("$getField", ParseGetField);
        table.Special("$setField", argument => ParseSetField("$setField", argument, removes: false));
        table.Special("$unsetField", argument => ParseSetField("$unsetField", argument, removes: true));
    }

    /// <summary>Later documents' fields overwrite earlier ones; null and missing operands are ignored.</summary>
    public static BsonDocument Merge(BsonValue?[] values)
    {
        var result = BsonDocument.Empty;
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null or BsonNull or BsonUndefined:
                    break;
                case BsonDocument document:
                    foreach (var (name, value) in document)
                    {
                        result = result.With(name, value);
                    }

                    break;
                default:
                    throw AggregationErrors.Location(40400, $"$mergeObjects requires object inputs, but input {values[i]} is of type {TypeNames.Of(values[i])}");
            }
        }

        return result;
    }

    private static BsonValue? ObjectToArray(BsonValue?[] values) => values[0] switch
    {
        null or BsonNull or BsonUndefined => BsonNull.Value,
        BsonDocument document => new BsonArray(document.Select(e => (BsonValue)new BsonDocument([new("k", e.Name), new("v", e.Value)]))),
        var other => throw AggregationErrors.Location(40390, $"$objectToArray requires a document input, found: {TypeNames.Of(other)}"),
    };

    // Manual "$arrayToObject": [[k, v], ...] or [{k, v}, ...]; a repeated key keeps its last value.
    private static BsonValue? ArrayToObject(BsonValue?[] values)
    {
        if (TypeNames.IsNullish(values[0]))
        {
            return BsonNull.Value;
        }

        var array = values[0] as BsonArray ?? throw AggregationErrors.Location(40386, $"$arrayToObject requires an array input, found: {TypeNames.Of(values[0])}");
        var result = BsonDocument.Empty;
        foreach (var item in array)
        {
            var (key, value) = item switch
            {
                BsonArray { Count: 2 } pair => (pair[0], pair[1]),
                BsonArray => throw AggregationErrors.Location(40397, "$arrayToObject requires an array of size 2 arrays"),
                BsonDocument { Count: 2 } kv when kv.TryGetValue("k", out var k) && kv.TryGetValue("v", out var v) => (k, v),
                BsonDocument => throw AggregationErrors.Location(40392, "$arrayToObject requires an object keys of 'k' and 'v'. Found incorrect number of keys"),
                _ => throw AggregationErrors.Location(40398, $"Unrecognised input type format for $arrayToObject: {TypeNames.Of(item)}"),
            };
            if (key is not BsonString { Value: var name })
            {
                throw AggregationErrors.Location(40394, $"$arrayToObject requires a string key, found: {TypeNames.Of(key)}");
            }

            result = name.Contains('\0', StringComparison.Ordinal)
                ? throw AggregationErrors.Location(4940400, "Key field cannot contain an embedded null byte")
                : result.With(name, value);
        }

        return result;
    }

    // Manual "$getField": {field, input} (input defaults to $$CURRENT) or the field name alone; no path traversal.
    private static DelegateExpression ParseGetField(BsonValue argument)
    {
        Expression field;
        Expression? input = null;
        if (argument is BsonDocument document && document.Count > 0 && !document[0].Name.StartsWith('$'))
        {
            var named = ExpressionParser.NamedArguments("$getField", argument, 3041701, "field", "input");
            field = ExpressionParser.Required(named, "field", "$getField", 3041702);
            input = ExpressionParser.Optional(named, "input");
        }
        else
        {
            field = ExpressionParser.Parse(argument);
        }

        return new DelegateExpression((root, variables) =>
        {
            var name = field.Evaluate(root, variables) as BsonString
                ?? throw AggregationErrors.Location(3041704, "$getField requires 'field' to evaluate to type String");
            var source = input is null ? root : input.Evaluate(root, variables);
            return source switch
            {
                BsonDocument d => d.GetValueOrDefault(name.Value),
                null or BsonNull or BsonUndefined => input is null ? null : BsonNull.Value,
                _ => null,
            };
        });
    }

    // Manual "$setField" / "$unsetField" (5.0+): {field, input, value}; field is a name taken literally (dots and
    // a leading '$' included, the latter through $literal); a value of $$REMOVE, or $unsetField, drops the field.
    private static DelegateExpression ParseSetField(string name, BsonValue argument, bool removes)
    {
        var named = removes
            ? ExpressionParser.NamedArguments(name, argument, 4161100, "field", "input")
            : ExpressionParser.NamedArguments(name, argument, 4161100, "field", "input", "value");
        var fieldSpec = named.GetValueOrDefault("field") ?? throw AggregationErrors.Location(4161102, $"{name} requires 'field' to be specified");
        var input = ExpressionParser.Required(named, "input", name, 4161103);
        var value = removes ? null : ExpressionParser.Required(named, "value", name, 4161104);
        var field = fieldSpec is BsonString { Value: var literal } && !literal.StartsWith('$')
            ? literal
            : ExpressionParser.Parse(fieldSpec).Evaluate(BsonDocument.Empty, ExpressionVariables.Create(BsonDateTime.FromDateTimeOffset(DateTimeOffset.UnixEpoch))) is BsonString constant
                ? constant.Value
                : throw AggregationErrors.Location(4161106, $"{name} requires 'field' to evaluate to a constant of type string");
        return new DelegateExpression((root, variables) =>
        {
            switch (input.Evaluate(root, variables))
            {
                case null or BsonNull or BsonUndefined:
                    return BsonNull.Value;
                case BsonDocument document:
                    var newValue = value?.Evaluate(root, variables);
                    return newValue is null ? document.Without(field) : document.With(field, newValue);
                case var other:
                    throw AggregationErrors.Location(4161105, $"{name} requires 'input' to evaluate to type Object, not {TypeNames.Of(other)}");
            }
        });
    }
}
