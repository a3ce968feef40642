namespace Serverless.Mongo.Embedded.Tests;

/// <summary>A clock that advances one second every time it is read, so time limits expire deterministically.</summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => 1;

    public override long GetTimestamp() => Interlocked.Increment(ref _ticks);
}
