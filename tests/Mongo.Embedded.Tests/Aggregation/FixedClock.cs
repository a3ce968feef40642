namespace Serverless.Mongo.Embedded.Tests.Aggregation;

/// <summary>A clock stopped at one instant, so $$NOW is predictable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2024, 5, 6, 7, 8, 9, 10, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
