using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Topology;

public sealed class ServerDescriptionTests
{
    private static readonly ServerDescription Secondary =
        new ServerDescription(ServerAddress.Parse("a:27017"), ServerType.RSSecondary).WithAverageRoundTripTime(TimeSpan.FromMilliseconds(10));

    [Fact]
    public void With_copies_leave_the_original_unchanged()
    {
        var copy = Secondary.WithType(ServerType.RSPrimary).WithReplicaSet("rs0", 3, ObjectId.Parse("000000000000000000000001"));

        Secondary.Type.ShouldBe(ServerType.RSSecondary);
        Secondary.SetName.ShouldBeNull();
        copy.Type.ShouldBe(ServerType.RSPrimary);
        copy.SetName.ShouldBe("rs0");
        copy.SetVersion.ShouldBe(3);
        copy.Address.ShouldBe(Secondary.Address);
    }

    [Theory]
    [InlineData(ServerType.Unknown)]
    [InlineData(ServerType.PossiblePrimary)]
    public void Becoming_unavailable_clears_the_average_round_trip_time(ServerType type)
    {
        var down = Secondary.WithType(type);

        down.IsAvailable.ShouldBeFalse();
        down.AverageRoundTripTime.ShouldBeNull();
        down.WithType(ServerType.RSSecondary).WithRoundTripTimeSample(TimeSpan.FromMilliseconds(40)).AverageRoundTripTime
            .ShouldBe(TimeSpan.FromMilliseconds(40));
    }

    [Fact]
    public void A_round_trip_time_sample_is_folded_into_the_average()
    {
        Secondary.WithRoundTripTimeSample(TimeSpan.FromMilliseconds(20)).AverageRoundTripTime.ShouldBe(TimeSpan.FromMilliseconds(12));
    }

    [Fact]
    public void Wire_versions_must_form_a_range()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Secondary.WithWireVersions(8, 7));
        Secondary.WithWireVersions(8, 25).MaxWireVersion.ShouldBe(25);
    }

    [Fact]
    public void A_negative_average_round_trip_time_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Secondary.WithAverageRoundTripTime(TimeSpan.FromMilliseconds(-1)));
    }
}
