using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $dateFromParts and $dateFromString (manual pages of the same names). Parts overflow into the next unit
/// (month 14 is February of the next year); strings without an explicit offset are read in the timezone
/// argument (UTC by default). The ISO week-date form of $dateFromParts is not supported.
/// </summary>
internal static partial class DateConstructionOperators
{
    private static readonly string[] Parts = ["year", "month", "day", "hour", "minute", "second", "millisecond"];

    private static readonly Dictionary<char, string> FormatPieces = new()
    {
        ['Y'] = "yyyy", ['m'] = "MM", ['d'] = "dd", ['H'] = "HH", ['M'] = "mm", ['S'] = "ss", ['L'] = "fff", ['%'] = "'%'",
    };

    public static void Register(OperatorTable table)
    {
        table.Special("$dateFromParts", ParseFromParts);
        table.Special("$dateFromString", ParseFromString);
    }

    private static DelegateExpression ParseFromParts(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$dateFromParts", argument, 40518, [.. Parts, "timezone", "isoWeekYear", "isoWeek", "isoDayOfWeek"]);
        if (named.ContainsKey("isoWeekYear") || named.ContainsKey("isoWeek") || named.ContainsKey("isoDayOfWeek"))
        {
            throw AggregationErrors.NotImplemented("$dateFromParts with ISO week dates");
        }

        var year = ExpressionParser.Required(named, "year", "$dateFromParts", 40516);
        var others = Parts.Skip(1).Select(p => ExpressionParser.Optional(named, p)).ToArray();
        var zone = ExpressionParser.Optional(named, "timezone");
        return new DelegateExpression((root, variables) =>
        {
            var values = new long[Parts.Length];
            var expressions = others.Prepend(year).ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                var value = expressions[i] is null ? new BsonInt32(i is 1 or 2 ? 1 : 0) : expressions[i]!.Evaluate(root, variables);
                if (TypeNames.IsNullish(value))
                {
                    return BsonNull.Value;
                }

                values[i] = TextValues.Integer(value) ?? throw AggregationErrors.Location(40515, $"'{Parts[i]}' must evaluate to an integer, found {TypeNames.Of(value)} with value {value}");
            }

            if (values[0] is < 1 or > 9999)
            {
                throw AggregationErrors.Location(40523, $"'year' must evaluate to an integer in the range 1 to 9999, found {values[0]}");
            }

            DateTime local;
            try
            {
                local = new DateTime((int)values[0], 1, 1).AddMonths(checked((int)values[1] - 1)).AddDays(values[2] - 1)
                    .AddHours(values[3]).AddMinutes(values[4]).AddSeconds(values[5]).AddMilliseconds(values[6]);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                throw AggregationErrors.Location(40523, "$dateFromParts: the parts describe a date outside the years 1 to 9999");
            }

            return BsonDateTime.FromDateTimeOffset(DateValues.FromLocal(local, DateValues.Zone(zone?.Evaluate(root, variables))));
        });
    }

    private static DelegateExpression ParseFromString(BsonValue argument)
    {
        var named = ExpressionParser.NamedArguments("$dateFromString", argument, 40541, "dateString", "format", "timezone", "onError", "onNull");
        var text = ExpressionParser.Required(named, "dateString", "$dateFromString", 40542);
        var format = ExpressionParser.Optional(named, "format");
        var zone = ExpressionParser.Optional(named, "timezone");
        var onError = ExpressionParser.Optional(named, "onError");
        var onNull = ExpressionParser.Optional(named, "onNull");
        return new DelegateExpression((root, variables) =>
        {
            var value = text.Evaluate(root, variables);
            if (TypeNames.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(root, variables);
            }

            var timeZone = DateValues.Zone(zone?.Evaluate(root, variables));
            var pattern = format?.Evaluate(root, variables) as BsonString;
            if (value is BsonString s && TryParse(s.Value, pattern?.Value, timeZone) is { } parsed)
            {
                return BsonDateTime.FromDateTimeOffset(parsed);
            }

            // Manual "$dateFromString": onError covers unparsable strings and non-string input alike.
            return onError is not null
                ? onError.Evaluate(root, variables)
                : throw AggregationErrors.ConversionFailure(value is BsonString
                    ? $"Error parsing date string '{value.AsString}'"
                    : $"$dateFromString requires that 'dateString' be a string, found: {TypeNames.Of(value)} with value {value}");
        });
    }

    private static DateTimeOffset? TryParse(string text, string? format, TimeZoneInfo zone)
    {
        if (format is not null)
        {
            return DateTime.TryParseExact(text, TranslateFormat(format), CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
                ? DateValues.FromLocal(exact, zone)
                : null;
        }

        if (ExplicitOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset : null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? DateValues.FromLocal(local, zone)
            : null;
    }

    // MongoDB's %-specifiers become a .NET exact format; every other character is matched literally.
    private static string TranslateFormat(string format)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '%' && i + 1 < format.Length)
            {
                var specifier = format[++i];
                builder.Append(FormatPieces.TryGetValue(specifier, out var piece)
                    ? piece
                    : throw AggregationErrors.Location(18536, $"Invalid format character '%{specifier}' in format string"));
            }
            else
            {
                builder.Append('\\').Append(format[i]);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();
}
