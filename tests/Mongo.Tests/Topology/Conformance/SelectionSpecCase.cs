using System.Text.Json;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Tests.Topology.Conformance;

/// <summary>
/// One <c>server_selection/&lt;TopologyType&gt;/&lt;operation&gt;/*.json</c> case (Server Selection Test Plan, "Server
/// Selection"): the suitable servers, the servers in the 15 ms latency window, and that a full selection returns
/// one of the latter. Deprioritized servers are passed to selection as the plan requires.
/// </summary>
internal static class SelectionSpecCase
{
    public static async Task<string?> RunAsync(JsonElement test, CancellationToken cancellationToken)
    {
        var expectsError = SpecJson.ExpectsError(test);
        try
        {
            var topology = SpecJson.Topology(test);
            var isWrite = test.TryGetProperty("operation", out var operation) && operation.GetString() == "write";
            var deprioritized = SpecJson.Addresses(test, "deprioritized_servers");
            var readPreference = isWrite ? null : SpecJson.ReadPreference(test);
            IServerSelector operationSelector = readPreference is null
                ? WritableServerSelector.Instance
                : new ReadPreferenceServerSelector(readPreference);
            var suitable = new DeprioritizedServerSelector(operationSelector, deprioritized);
            var window = new CompositeServerSelector(suitable, new LatencyWindowServerSelector(LatencyWindowServerSelector.DefaultLocalThreshold));

            var suitableServers = suitable.SelectServers(topology, topology.Servers);
            var windowServers = window.SelectServers(topology, topology.Servers);
            if (expectsError)
            {
                return "expected a read preference error, but selection succeeded";
            }

            var expectedWindow = SpecJson.Addresses(test, "in_latency_window");
            var mismatch = (test.TryGetProperty("suitable_servers", out _)
                    ? SpecJson.CompareAddresses("suitable_servers", SpecJson.Addresses(test, "suitable_servers"), suitableServers.Select(server => server.Address))
                    : null)
                ?? SpecJson.CompareAddresses("in_latency_window", expectedWindow, windowServers.Select(server => server.Address));
            if (mismatch is not null || expectedWindow.Count == 0)
            {
                return mismatch;
            }

            // "Drivers ... MUST test that their implementations correctly return one of the servers in
            // in_latency_window": the client's own selector chain, run through the waiting selection loop.
            var settings = new ServerSelectionSettings(new ServerOperationCounter()) { Deprioritized = deprioritized };
            var fullSelector = readPreference is null ? ServerSelectors.ForWrite(settings) : ServerSelectors.ForRead(readPreference, settings);
            var selected = await new TopologyState(topology).SelectServerAsync(fullSelector, cancellationToken).ConfigureAwait(false);
            return expectedWindow.Contains(selected.Address) ? null : $"selected {selected.Address}, which is outside in_latency_window";
        }
        catch (ReadPreferenceException) when (expectsError)
        {
            return null;
        }
    }
}
