using System.Globalization;
using System.Text;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>The format specifiers of $dateToString (manual "$dateToString", "Format Specifiers").</summary>
internal static class DateFormatter
{
    public const string DefaultFormat = "%Y-%m-%dT%H:%M:%S.%LZ";

    public const string DefaultZonedFormat = "%Y-%m-%dT%H:%M:%S.%L";

    private static readonly Dictionary<char, Func<DateTimeOffset, string>> Specifiers = new()
    {
        ['d'] = d => Two(d.Day),
        ['G'] = d => ISOWeek.GetYear(d.DateTime).ToString("D4", CultureInfo.InvariantCulture),
        ['H'] = d => Two(d.Hour),
        ['j'] = d => d.DayOfYear.ToString("D3", CultureInfo.InvariantCulture),
        ['L'] = d => d.Millisecond.ToString("D3", CultureInfo.InvariantCulture),
        ['m'] = d => Two(d.Month),
        ['M'] = d => Two(d.Minute),
        ['S'] = d => Two(d.Second),
        ['w'] = d => ((int)d.DayOfWeek + 1).ToString(CultureInfo.InvariantCulture),
        ['u'] = d => DateValues.IsoDayOfWeek(d).ToString(CultureInfo.InvariantCulture),
        ['U'] = d => Two(DateValues.Week(d)),
        ['V'] = d => Two(ISOWeek.GetWeekOfYear(d.DateTime)),
        ['Y'] = d => d.Year.ToString("D4", CultureInfo.InvariantCulture),
        ['z'] = d => (d.Offset < TimeSpan.Zero ? "-" : "+") + d.Offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture),
        ['Z'] = d => ((int)d.Offset.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        ['b'] = d => d.ToString("MMM", CultureInfo.InvariantCulture),
        ['B'] = d => d.ToString("MMMM", CultureInfo.InvariantCulture),
        ['%'] = _ => "%",
    };

    public static string Format(DateTimeOffset local, string format)
    {
        var builder = new StringBuilder(format.Length + 8);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                builder.Append(format[i]);
                continue;
            }

            if (i + 1 == format.Length)
            {
                throw AggregationErrors.Location(18535, "Unmatched '%' at end of format string");
            }

            var specifier = format[++i];
            builder.Append(Specifiers.TryGetValue(specifier, out var render)
                ? render(local)
                : throw AggregationErrors.Location(18536, $"Invalid format character '%{specifier}' in format string"));
        }

        return builder.ToString();
    }

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
