using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Topology;

public sealed class RoundTripTimeTests
{
    [Fact]
    public void The_first_sample_becomes_the_average()
    {
        RoundTripTime.Average(null, TimeSpan.FromMilliseconds(10)).ShouldBe(TimeSpan.FromMilliseconds(10));
    }

    [Fact]
    public void Later_samples_are_weighted_by_alpha()
    {
        // 0.2 * 36 + 0.8 * 3.1 = 9.68
        RoundTripTime.Average(TimeSpan.FromMilliseconds(3.1), TimeSpan.FromMilliseconds(36)).ShouldBe(TimeSpan.FromMilliseconds(9.68));
    }

    [Fact]
    public void A_negative_sample_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => RoundTripTime.Average(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(-1)));
    }
}
