using System.Globalization;
using System.Text.Json;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Tests.Topology.Conformance;

/// <summary>
/// One <c>in_window/*.json</c> case (Server Selection tests README, "Selection Within Latency Window YAML Tests"):
/// with the mocked operation counts, select for a read with mode nearest <c>iterations</c> times and compare each
/// server's frequency with the expected one within <c>outcome.tolerance</c>; frequencies of 0 or 1 must be exact.
/// </summary>
internal static class InWindowSpecCase
{
    // A fixed seed makes the run reproducible in CI; the tolerance check is still the spec's statistical one.
    private const int Seed = 20_260_813;

    public static async Task<string?> RunAsync(JsonElement test, CancellationToken cancellationToken)
    {
        var topology = SpecJson.Topology(test);
        var counter = new ServerOperationCounter();
        foreach (var state in test.GetProperty("mocked_topology_state").EnumerateArray())
        {
            var address = ServerAddress.Parse(state.GetProperty("address").GetString()!);
            for (var i = 0; i < state.GetProperty("operation_count").GetInt32(); i++)
            {
                counter.Increment(address);
            }
        }

        var selector = ServerSelectors.ForRead(
            new ReadPreference(ReadPreferenceMode.Nearest),
            new ServerSelectionSettings(counter) { Random = new Random(Seed) });
        var topologyState = new TopologyState(topology);
        var iterations = test.GetProperty("iterations").GetInt32();
        var tally = new Dictionary<ServerAddress, int>();
        for (var i = 0; i < iterations; i++)
        {
            var selected = await topologyState.SelectServerAsync(selector, cancellationToken).ConfigureAwait(false);
            tally[selected.Address] = tally.GetValueOrDefault(selected.Address) + 1;
        }

        var outcome = test.GetProperty("outcome");
        var tolerance = outcome.GetProperty("tolerance").GetDouble();
        var problems = new List<string>();
        foreach (var expected in outcome.GetProperty("expected_frequencies").EnumerateObject())
        {
            var wanted = expected.Value.GetDouble();
            var observed = (double)tally.GetValueOrDefault(ServerAddress.Parse(expected.Name)) / iterations;
            var exact = wanted is 0 or 1;
            if (exact ? observed != wanted : Math.Abs(observed - wanted) > tolerance)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{expected.Name} chosen {observed:0.####} of the time, expected {wanted}{(exact ? " exactly" : $" ± {tolerance}")}"));
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
