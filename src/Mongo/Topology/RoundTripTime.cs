namespace Serverless.Mongo.Topology;

/// <summary>
/// The average round trip time of a server (Server Selection spec, "Calculation of Average Round Trip Times"):
/// the first sample is the average; later ones are folded in with an exponentially-weighted moving average.
/// </summary>
public static class RoundTripTime
{
    /// <summary>The spec's weighting factor: about 85% of the weight lies on the 9 most recent samples.</summary>
    public const double Alpha = 0.2;

    /// <summary>The new average after <paramref name="sample"/>, given the previous average (null when none).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative sample or average (Server Selection tests, "Calculating Round Trip Time").</exception>
    public static TimeSpan Average(TimeSpan? previousAverage, TimeSpan sample)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sample, TimeSpan.Zero);
        if (previousAverage is not { } previous)
        {
            return sample;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(previous, TimeSpan.Zero, nameof(previousAverage));
        var ticks = (Alpha * sample.Ticks) + ((1 - Alpha) * previous.Ticks);
        return TimeSpan.FromTicks((long)Math.Round(ticks, MidpointRounding.AwayFromZero));
    }
}
