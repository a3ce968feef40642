using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// Turns the BSON form of an expression into a tree (manual "Expressions": field paths, variables, literals,
/// expression objects, operator expressions).
/// </summary>
internal static class ExpressionParser
{
    public static Expression Parse(BsonValue specification) => specification switch
    {
        BsonString { Value: var text } when text.StartsWith("$$", StringComparison.Ordinal) => ParseVariable(text),
        BsonString { Value: var text } when text.StartsWith('$') => ParseFieldPath(text),
        BsonDocument document => ParseDocument(document),
        BsonArray array => new ArrayExpression([.. array.Select(Parse)]),
        _ => new ConstantExpression(specification),
    };

    /// <summary>
    /// Positional arguments: an array is the argument list, anything else a single argument, so
    /// <c>{$abs: "$x"}</c> and <c>{$abs: ["$x"]}</c> mean the same.
    /// </summary>
    public static Expression[] ParseArguments(string name, BsonValue argument, int min, int max)
    {
        Expression[] arguments = argument is BsonArray list ? [.. list.Select(Parse)] : [Parse(argument)];
        return arguments.Length < min || arguments.Length > max
            ? throw AggregationErrors.Arity(name, min, max, arguments.Length)
            : arguments;
    }

    /// <summary>The named arguments of an object-form operator, refusing unknown names as the server does.</summary>
    public static Dictionary<string, BsonValue> NamedArguments(string name, BsonValue argument, int objectCode, params string[] allowed)
    {
        if (argument is not BsonDocument document)
        {
            throw AggregationErrors.Location(objectCode, $"{name} only supports an object as its argument");
        }

        var result = new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        foreach (var (field, value) in document)
        {
            if (Array.IndexOf(allowed, field) < 0)
            {
                throw AggregationErrors.Location(objectCode, $"Unrecognized parameter to {name}: {field}");
            }

            result[field] = value;
        }

        return result;
    }

    /// <summary>A required named argument, parsed; missing ones fail like the server's "Missing 'x' parameter".</summary>
    public static Expression Required(Dictionary<string, BsonValue> arguments, string field, string name, int code) =>
        arguments.TryGetValue(field, out var value)
            ? Parse(value)
            : throw AggregationErrors.Location(code, $"Missing '{field}' parameter to {name}");

    public static Expression? Optional(Dictionary<string, BsonValue> arguments, string field) =>
        arguments.TryGetValue(field, out var value) ? Parse(value) : null;

    private static Expression ParseDocument(BsonDocument document)
    {
        if (document.Count > 0 && document[0].Name.StartsWith('$'))
        {
            if (document.Count != 1)
            {
                throw AggregationErrors.Location(15983, $"an expression specification must contain exactly one field, the name of the expression. Found {document.Count} fields in {document}");
            }

            var (name, argument) = document[0];
            return OperatorTable.Default.TryGet(name, out var parse)
                ? parse(argument)
                : throw AggregationErrors.InvalidPipelineOperator(name);
        }

        var fields = new List<(string, Expression)>(document.Count);
        foreach (var (name, value) in document)
        {
            if (name.StartsWith('$'))
            {
                throw AggregationErrors.Location(16404, $"FieldPath field names may not start with '$'. Consider using $getField or $setField.");
            }

            if (name.Contains('.', StringComparison.Ordinal))
            {
                throw AggregationErrors.Location(16412, $"FieldPath field names may not contain '.'. Consider using $getField or $setField.");
            }

            fields.Add((name, Parse(value)));
        }

        return new ObjectExpression(fields);
    }

    private static FieldPathExpression ParseFieldPath(string text)
    {
        if (text.Length == 1)
        {
            throw AggregationErrors.Location(16872, "'$' by itself is not a valid FieldPath");
        }

        return new FieldPathExpression(null, SplitPath(text[1..]));
    }

    private static FieldPathExpression ParseVariable(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? text[2..] : text[2..dot];
        if (name.Length == 0)
        {
            throw AggregationErrors.Location(16869, "empty variable names are not allowed");
        }

        return new FieldPathExpression(name, dot < 0 ? [] : SplitPath(text[(dot + 1)..]));
    }

    private static string[] SplitPath(string path)
    {
        var segments = path.Split('.');
        return segments.Any(s => s.Length == 0)
            ? throw AggregationErrors.Location(15998, "FieldPath field names may not be empty strings.")
            : segments;
    }
}
