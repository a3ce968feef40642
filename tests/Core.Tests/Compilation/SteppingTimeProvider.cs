namespace Serverless.Core.Tests.Compilation;

/// <summary>A server clock that advances one second on every reading, so any scan outlives a maxTimeMS deterministically.</summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => 1;

    public override long GetTimestamp() => Interlocked.Increment(ref _ticks);
}
