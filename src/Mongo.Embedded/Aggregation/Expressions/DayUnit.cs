namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>Days: calendar days of the zone, so a day across a daylight-saving change may be 23 or 25 hours.</summary>
internal sealed class DayUnit : CalendarUnit
{
    public override long Diff(DateTime start, DateTime end, DayOfWeek startOfWeek) => (long)(end.Date - start.Date).TotalDays;

    public override DateTime Truncate(DateTime local, long binSize, DayOfWeek startOfWeek) =>
        Reference.AddDays(FloorDiv((long)(local.Date - Reference).TotalDays, binSize) * binSize);

    protected override DateTimeOffset AddCore(DateTimeOffset instant, long amount, TimeZoneInfo zone) =>
        OnWallClock(instant, zone, local => local.AddDays(amount));
}
