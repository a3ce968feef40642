using System.Globalization;
using System.Text.Json;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Topology.Conformance;

/// <summary>
/// One <c>rtt/*.json</c> case (Server Selection tests README, "RTT Calculation Tests"): a server description with
/// <c>avg_rtt_ms</c> ("NULL" = none) takes the sample <c>new_rtt_ms</c> and must then average <c>new_avg_rtt</c>.
/// </summary>
internal static class RttSpecCase
{
    public static string? Run(JsonElement test)
    {
        var previous = test.GetProperty("avg_rtt_ms") is { ValueKind: JsonValueKind.String } text && text.GetString() == "NULL"
            ? (TimeSpan?)null
            : TimeSpan.FromMilliseconds(test.GetProperty("avg_rtt_ms").GetDouble());
        var server = new ServerDescription(new ServerAddress("a"), ServerType.RSSecondary)
            .WithAverageRoundTripTime(previous)
            .WithRoundTripTimeSample(TimeSpan.FromMilliseconds(test.GetProperty("new_rtt_ms").GetDouble()));
        var expected = TimeSpan.FromMilliseconds(test.GetProperty("new_avg_rtt").GetDouble());

        // TimeSpan holds 100 ns ticks; one tick of rounding is the only difference allowed.
        return server.AverageRoundTripTime is { } actual && Math.Abs((actual - expected).Ticks) <= 1
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"expected average {expected.TotalMilliseconds} ms, got {server.AverageRoundTripTime?.TotalMilliseconds} ms");
    }
}
