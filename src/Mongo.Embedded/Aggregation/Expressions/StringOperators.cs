using System.Text;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $concat, $substr/$substrBytes/$substrCP, $toLower, $toUpper, $strLenCP, $strLenBytes, $strcasecmp
/// (manual "String Expression Operators"). Case mapping is ASCII-only, as the server documents.
/// </summary>
internal static class StringOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$concat", 0, int.MaxValue, Concat);
        table.Function("$substr", 3, 3, v => SubstrBytes("$substr", v));
        table.Function("$substrBytes", 3, 3, v => SubstrBytes("$substrBytes", v));
        table.Function("$substrCP", 3, 3, SubstrCodePoints);
        table.Function("$toLower", 1, 1, v => new BsonString(MapAscii(TextValues.Coerce("$toLower", v[0]), char.ToLowerInvariant)));
        table.Function("$toUpper", 1, 1, v => new BsonString(MapAscii(TextValues.Coerce("$toUpper", v[0]), char.ToUpperInvariant)));
        table.Function("$strLenCP", 1, 1, v => v[0] is BsonString s
            ? new BsonInt32(s.Value.EnumerateRunes().Count())
            : throw AggregationErrors.Location(34471, $"$strLenCP requires a string argument, found: {TypeNames.Of(v[0])}"));
        table.Function("$strLenBytes", 1, 1, v => v[0] is BsonString s
            ? new BsonInt32(Encoding.UTF8.GetByteCount(s.Value))
            : throw AggregationErrors.Location(34473, $"$strLenBytes requires a string argument, found: {TypeNames.Of(v[0])}"));
        table.Function("$strcasecmp", 2, 2, v => new BsonInt32(Math.Sign(string.CompareOrdinal(
            MapAscii(TextValues.Coerce("$strcasecmp", v[0]), char.ToUpperInvariant),
            MapAscii(TextValues.Coerce("$strcasecmp", v[1]), char.ToUpperInvariant)))));
    }

    // Manual "$concat": null or missing anywhere gives null; non-strings are an error.
    private static BsonValue? Concat(BsonValue?[] values)
    {
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            switch (value)
            {
                case null or BsonNull or BsonUndefined:
                    return BsonNull.Value;
                case BsonString s:
                    builder.Append(s.Value);
                    break;
                default:
                    throw AggregationErrors.Location(16702, $"$concat only supports strings, not {TypeNames.Of(value)}");
            }
        }

        return new BsonString(builder.ToString());
    }

    // Manual "$substrBytes": byte offsets into the UTF-8 form; a negative length means "to the end".
    private static BsonString SubstrBytes(string name, BsonValue?[] values)
    {
        var bytes = Encoding.UTF8.GetBytes(TextValues.Coerce(name, values[0]));
        var start = TextValues.Integer(values[1]) ?? throw AggregationErrors.Location(16034, $"{name}: starting index must be a numeric type (is BSON type {TypeNames.Of(values[1])})");
        var length = TextValues.Integer(values[2]) ?? throw AggregationErrors.Location(16035, $"{name}: length must be a numeric type (is BSON type {TypeNames.Of(values[2])})");
        if (start < 0 || start >= bytes.Length)
        {
            return new BsonString(string.Empty);
        }

        var end = length < 0 ? bytes.Length : Math.Min(bytes.Length, start + length);
        if (IsContinuation(bytes, (int)start))
        {
            throw AggregationErrors.Location(28656, $"{name}:  Invalid range, starting index is a UTF-8 continuation byte.");
        }

        if (end < bytes.Length && IsContinuation(bytes, (int)end))
        {
            throw AggregationErrors.Location(28657, $"{name}:  Invalid range, ending index is in the middle of a UTF-8 character.");
        }

        return new BsonString(Encoding.UTF8.GetString(bytes, (int)start, (int)(end - start)));
    }

    private static bool IsContinuation(byte[] bytes, int index) => (bytes[index] & 0xC0) == 0x80;

    private static BsonString SubstrCodePoints(BsonValue?[] values)
    {
        var runes = TextValues.Coerce("$substrCP", values[0]).EnumerateRunes().ToArray();
        var start = TextValues.Integer(values[1]) ?? throw AggregationErrors.Location(34450, $"$substrCP: starting index must be a numeric type (is BSON type {TypeNames.Of(values[1])})");
        var length = TextValues.Integer(values[2]) ?? throw AggregationErrors.Location(34452, $"$substrCP: length must be a numeric type (is BSON type {TypeNames.Of(values[2])})");
        if (start < 0)
        {
            throw AggregationErrors.Location(34455, "$substrCP: the starting index must be nonnegative integer.");
        }

        if (length < 0)
        {
            throw AggregationErrors.Location(34454, "$substrCP: length must be a nonnegative integer.");
        }

        var builder = new StringBuilder();
        for (var i = start; i < runes.Length && i < start + length; i++)
        {
            builder.Append(runes[i].ToString());
        }

        return new BsonString(builder.ToString());
    }

    private static string MapAscii(string text, Func<char, char> map) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] < 128 ? map(source[i]) : source[i];
            }
        });
}
