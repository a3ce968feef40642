namespace Serverless.Mongo.Topology.Selection;

/// <summary>
/// The standard selector chains of the Server Selection spec ("Server Selection Algorithm", steps 3-7): suitability
/// (avoiding deprioritized servers when possible), an optional application-provided selector, the latency window,
/// then the choice of two by operation count.
/// </summary>
public static class ServerSelectors
{
    public static IServerSelector ForRead(ReadPreference readPreference, ServerSelectionSettings settings) =>
        Chain(new ReadPreferenceServerSelector(readPreference), settings);

    public static IServerSelector ForWrite(ServerSelectionSettings settings) =>
        Chain(WritableServerSelector.Instance, settings);

    private static CompositeServerSelector Chain(IServerSelector suitability, ServerSelectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        List<IServerSelector> chain = [new DeprioritizedServerSelector(suitability, settings.Deprioritized)];
        if (settings.ApplicationSelector is { } application)
        {
            chain.Add(application);
        }

        chain.Add(new LatencyWindowServerSelector(settings.LocalThreshold));
        chain.Add(new OperationCountServerSelector(settings.OperationCounts, settings.Random));
        return new CompositeServerSelector([.. chain]);
    }
}
