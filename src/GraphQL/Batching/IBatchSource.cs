namespace Serverless.GraphQL.Batching;

/// <summary>What a <see cref="BatchDispatcher"/> needs from a loader it coordinates.</summary>
internal interface IBatchSource
{
    /// <summary>
    /// Takes the loader's pending batch (if any) and runs it. The returned task never faults: failures and
    /// cancellation are delivered to the waiting loads, not to the dispatcher.
    /// </summary>
    Task DispatchPendingAsync(CancellationToken cancellationToken);

    /// <summary>The loader's statistics so far.</summary>
    DataLoaderStatistics Statistics { get; }
}
