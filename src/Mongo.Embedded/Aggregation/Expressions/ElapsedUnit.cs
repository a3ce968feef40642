namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>Hours and shorter: fixed lengths of elapsed time; boundaries are counted on the local clock.</summary>
internal sealed class ElapsedUnit(long milliseconds) : CalendarUnit
{
    public override long Diff(DateTime start, DateTime end, DayOfWeek startOfWeek) =>
        FloorDiv(Ticks(end), milliseconds) - FloorDiv(Ticks(start), milliseconds);

    public override DateTime Truncate(DateTime local, long binSize, DayOfWeek startOfWeek) =>
        Reference.AddMilliseconds(FloorDiv((long)(local - Reference).TotalMilliseconds, binSize * milliseconds) * binSize * milliseconds);

    protected override DateTimeOffset AddCore(DateTimeOffset instant, long amount, TimeZoneInfo zone) =>
        instant.AddMilliseconds(checked(amount * milliseconds));

    private static long Ticks(DateTime local) => (long)(local - DateTime.UnixEpoch).TotalMilliseconds;
}
