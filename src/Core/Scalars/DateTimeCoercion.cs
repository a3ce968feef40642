using System.Globalization;
using System.Text.RegularExpressions;
using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// The <c>DateTime</c> scalar (§12): <c>{"$date": epoch millis}</c> out; in, an ISO-8601 string with offset or a string
/// of epoch millis (§12.2), and for variables also a JSON number of millis (§12.3 [QUIRK] fixed).
/// </summary>
public sealed partial class DateTimeCoercion : IScalarCoercion
{
    private const string InvalidDate = "Input string is not a valid date.";

    public object? Serialize(object? value) => value switch
    {
        BsonDateTime date => RelaxedJsonResult.DateTime(date),
        _ => throw ScalarErrors.CannotSerialize("DateTime", "BsonDateTime", value),
    };

    public object? ParseValue(object? value) => value switch
    {
        string text => Parse(text),
        BsonDateTime date => date,
        not null and not bool when LongCoercion.TryParse(value, out var millis) => new BsonDateTime(millis),
        _ => throw ScalarErrors.WrongValue("DateTime", "an ISO-8601 string with offset or epoch milliseconds", value),
    };

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text ? Parse(text.Value) : throw ScalarErrors.WrongLiteral("StringValue", literal);
    }

    public ValueNode? ValueToLiteral(object? value) =>
        value is BsonDateTime date ? new StringValueNode(default, date.MillisecondsSinceEpoch.ToString(CultureInfo.InvariantCulture), block: false) : null;

    private static BsonDateTime Parse(string text)
    {
        var match = IsoWithOffset().Match(text);
        if (match.Success)
        {
            // Java's ISO_OFFSET_DATE_TIME takes up to 9 fraction digits; .NET parses 7, and BSON keeps milliseconds anyway.
            var fraction = match.Groups["fraction"].Value;
            var trimmed = fraction.Length > 8 ? text.Replace(fraction, fraction[..8], StringComparison.Ordinal) : text;
            if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return BsonDateTime.FromDateTimeOffset(parsed);
            }
        }

        // §12.2: otherwise epoch millis as an integer string, e.g. "-9223372036854775808" (a schema default in mflix).
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var millis)
            ? new BsonDateTime(millis)
            : throw new CoercionException(InvalidDate);
    }

    // An offset (Z or ±hh:mm) is required, as Java's ISO_OFFSET_DATE_TIME requires it.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(?<fraction>\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();
}
