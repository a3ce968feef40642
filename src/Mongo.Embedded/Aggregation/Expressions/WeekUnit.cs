namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>Weeks, which begin on the startOfWeek day (Sunday unless given).</summary>
internal sealed class WeekUnit : CalendarUnit
{
    public override long Diff(DateTime start, DateTime end, DayOfWeek startOfWeek) =>
        (long)(WeekStart(end, startOfWeek) - WeekStart(start, startOfWeek)).TotalDays / 7;

    public override DateTime Truncate(DateTime local, long binSize, DayOfWeek startOfWeek)
    {
        var origin = WeekStart(Reference, startOfWeek);
        var weeks = (long)(WeekStart(local, startOfWeek) - origin).TotalDays / 7;
        return origin.AddDays(7 * FloorDiv(weeks, binSize) * binSize);
    }

    protected override DateTimeOffset AddCore(DateTimeOffset instant, long amount, TimeZoneInfo zone) =>
        OnWallClock(instant, zone, local => local.AddDays(checked(amount * 7)));
}
