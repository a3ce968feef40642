namespace Serverless.Mongo.Topology.Selection;

/// <summary>What the standard selector chains of <see cref="ServerSelectors"/> need beyond the operation itself.</summary>
public sealed record ServerSelectionSettings
{
    public ServerSelectionSettings(IServerOperationCounts operationCounts) =>
        OperationCounts = operationCounts ?? throw new ArgumentNullException(nameof(operationCounts));

    /// <summary>Where in-flight operation counts live (usually the client's <see cref="ServerOperationCounter"/>).</summary>
    public IServerOperationCounts OperationCounts { get; }

    /// <summary>Server Selection spec, "localThresholdMS": the size of the latency window, 15 ms by default.</summary>
    public TimeSpan LocalThreshold { get; init; } = LatencyWindowServerSelector.DefaultLocalThreshold;

    /// <summary>Servers to avoid if any other is suitable, e.g. the mongos a retryable operation just failed on.</summary>
    public IReadOnlyCollection<ServerAddress> Deprioritized { get; init; } = [];

    /// <summary>Server Selection spec, "serverSelector": an optional filter applied to the suitable servers.</summary>
    public IServerSelector? ApplicationSelector { get; init; }

    /// <summary>The random source for the choice of two; <see cref="Random.Shared"/> when null.</summary>
    public Random? Random { get; init; }
}
