namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>Months, quarters (3 months) and years (12 months): counted on the month index of the calendar.</summary>
internal sealed class MonthUnit(int months) : CalendarUnit
{
    public override long Diff(DateTime start, DateTime end, DayOfWeek startOfWeek) =>
        FloorDiv(MonthIndex(end), months) - FloorDiv(MonthIndex(start), months);

    public override DateTime Truncate(DateTime local, long binSize, DayOfWeek startOfWeek) =>
        Reference.AddMonths(checked((int)(FloorDiv(MonthIndex(local) - MonthIndex(Reference), months * binSize) * months * binSize)));

    protected override DateTimeOffset AddCore(DateTimeOffset instant, long amount, TimeZoneInfo zone) =>
        OnWallClock(instant, zone, local => local.AddMonths(checked((int)(amount * months))));

    private static long MonthIndex(DateTime local) => ((long)local.Year * 12) + local.Month - 1;
}
