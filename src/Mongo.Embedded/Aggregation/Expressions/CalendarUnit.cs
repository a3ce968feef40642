using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// A time unit of $dateAdd/$dateSubtract, $dateDiff and $dateTrunc (manual pages of the same names). Units
/// of a day and longer work on the wall clock of the time zone (adding a month to Jan 31 gives the last day
/// of February), shorter ones on elapsed time. Bins of $dateTrunc count from 2000-01-01, as the server's do.
/// </summary>
internal abstract class CalendarUnit
{
    /// <summary>The origin of $dateTrunc bins, on the local wall clock.</summary>
    protected static readonly DateTime Reference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly Dictionary<string, CalendarUnit> Units = new(StringComparer.Ordinal)
    {
        ["millisecond"] = new ElapsedUnit(1),
        ["second"] = new ElapsedUnit(1_000),
        ["minute"] = new ElapsedUnit(60_000),
        ["hour"] = new ElapsedUnit(3_600_000),
        ["day"] = new DayUnit(),
        ["week"] = new WeekUnit(),
        ["month"] = new MonthUnit(1),
        ["quarter"] = new MonthUnit(3),
        ["year"] = new MonthUnit(12),
    };

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday, ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
    };

    public static CalendarUnit Parse(string name, BsonValue? value) =>
        value is BsonString s && Units.TryGetValue(s.Value, out var unit)
            ? unit
            : throw AggregationErrors.FailedToParse($"{name} requires 'unit' to be one of year, quarter, month, week, day, hour, minute, second, millisecond; found {value}");

    public static DayOfWeek StartOfWeek(string name, BsonValue? value) => value switch
    {
        null or BsonNull or BsonUndefined => DayOfWeek.Sunday,
        BsonString s when Days.TryGetValue(s.Value, out var day) => day,
        _ => throw AggregationErrors.FailedToParse($"{name} parameter 'startOfWeek' must be a day of the week, found {value}"),
    };

    public DateTimeOffset Add(DateTimeOffset instant, long amount, TimeZoneInfo zone)
    {
        try
        {
            return AddCore(instant, amount, zone);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw AggregationErrors.Location(5166406, $"$dateAdd overflowed adding {amount} units to {instant:O}");
        }
    }

    /// <summary>How many unit boundaries lie between the two wall-clock times (negative when end is earlier).</summary>
    public abstract long Diff(DateTime start, DateTime end, DayOfWeek startOfWeek);

    /// <summary>The start of the bin of <paramref name="binSize"/> units holding the wall-clock time.</summary>
    public abstract DateTime Truncate(DateTime local, long binSize, DayOfWeek startOfWeek);

    protected static long FloorDiv(long value, long divisor) => (long)Math.Floor((double)value / divisor);

    protected static DateTime WeekStart(DateTime local, DayOfWeek startOfWeek) =>
        local.Date.AddDays(-(((int)local.DayOfWeek - (int)startOfWeek + 7) % 7));

    protected abstract DateTimeOffset AddCore(DateTimeOffset instant, long amount, TimeZoneInfo zone);

    /// <summary>Calendar units add on the wall clock of the zone, then map back to an instant.</summary>
    protected static DateTimeOffset OnWallClock(DateTimeOffset instant, TimeZoneInfo zone, Func<DateTime, DateTime> move) =>
        DateValues.FromLocal(move(TimeZoneInfo.ConvertTime(instant, zone).DateTime), zone);
}
