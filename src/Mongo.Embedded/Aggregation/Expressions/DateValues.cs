using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// Dates for the date operators: what counts as a date (date, timestamp, ObjectId) and time zones (manual
/// "Date Expression Operators": an Olson identifier such as "Europe/London", or a UTC offset "+hh:mm",
/// "+hhmm", "+hh"). The local wall-clock time is computed with the host's time zone database.
/// </summary>
internal static class DateValues
{
    public static DateTimeOffset ToInstant(string name, BsonValue value) => value switch
    {
        BsonDateTime d when d.IsRepresentableAsDateTimeOffset => d.ToDateTimeOffset(),
        BsonDateTime => throw AggregationErrors.Location(18537, $"{name}: date out of range: {value}"),
        BsonTimestamp t => DateTimeOffset.FromUnixTimeSeconds(t.Timestamp),
        BsonObjectId id => id.Value.CreationTime,
        _ => throw AggregationErrors.Location(16006, $"can't convert from BSON type {TypeNames.Of(value)} to Date"),
    };

    /// <summary>The wall-clock time in <paramref name="zone"/> (null or absent: UTC).</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, BsonValue? zone) => TimeZoneInfo.ConvertTime(instant, Zone(zone));

    /// <summary>The time zone named by a timezone argument: null or absent is UTC.</summary>
    public static TimeZoneInfo Zone(BsonValue? zone)
    {
        if (TypeNames.IsNullish(zone))
        {
            return TimeZoneInfo.Utc;
        }

        if (zone is not BsonString { Value: var id })
        {
            throw AggregationErrors.Location(40533, $"timezone must evaluate to a string, found {TypeNames.Of(zone)}");
        }

        if (TryParseOffset(id, out var offset))
        {
            return offset == TimeSpan.Zero ? TimeZoneInfo.Utc : TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw AggregationErrors.Location(40485, $"unrecognized time zone identifier: \"{id}\"");
        }
    }

    /// <summary>The instant of a wall-clock time in <paramref name="zone"/> (a skipped local time moves forward).</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(30);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "UTC" or "GMT" or "Z")
        {
            return true;
        }

        if (text.Length < 3 || text[0] is not ('+' or '-'))
        {
            return false;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    /// <summary>Week of the year with weeks starting on Sunday, days before the first Sunday in week 0 (strftime %U).</summary>
    public static int Week(DateTimeOffset local) => (local.DayOfYear - 1 + 7 - (int)local.DayOfWeek) / 7;

    public static int IsoDayOfWeek(DateTimeOffset local) => local.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)local.DayOfWeek;
}
