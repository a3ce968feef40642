using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.Core.Batching;

/// <summary>
/// Runs one batch (§9.4 with its [REC]): one key alone; two or more keys that can share a $facet as ONE
/// aggregate; keys that cannot, alone and concurrently with it. When the batched aggregate fails for a reason
/// the keys may not hit alone (<see cref="FacetBatch.WorthRetryingAlone"/>), its keys are run alone.
/// </summary>
internal static class BatchRunner
{
    /// <param name="keyCount">How many keys the batch has.</param>
    /// <param name="canRunInFacet">Whether key i returns inside $facet exactly what it returns alone.</param>
    /// <param name="runFacet">Sends the batched aggregate for these key indexes; returns its reply documents.</param>
    /// <param name="runAlone">Sends key i's own command (find or aggregate) and drains it.</param>
    /// <param name="maxTime">The remaining time budget (null: none).</param>
    /// <param name="cancellationToken">Abandons the batch.</param>
    public static async Task<IReadOnlyList<IReadOnlyList<BsonDocument>>> RunAsync(
        int keyCount,
        Func<int, bool> canRunInFacet,
        Func<IReadOnlyList<int>, TimeSpan?, CancellationToken, Task<List<BsonDocument>>> runFacet,
        Func<int, TimeSpan?, CancellationToken, Task<List<BsonDocument>>> runAlone,
        TimeSpan? maxTime,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var budget = BatchTimeBudget.Start(maxTime);
        var results = new IReadOnlyList<BsonDocument>?[keyCount];
        var facetKeys = new List<int>(keyCount);
        var aloneKeys = new List<int>();
        for (var i = 0; i < keyCount; i++)
        {
            (canRunInFacet(i) ? facetKeys : aloneKeys).Add(i);
        }

        // A facet of one key would be one aggregate instead of one plain command: no gain, more restrictions.
        if (facetKeys.Count == 1)
        {
            aloneKeys.Add(facetKeys[0]);
            facetKeys.Clear();
        }

        var commands = new List<Task>(aloneKeys.Count + 1);
        if (facetKeys.Count > 0)
        {
            commands.Add(RunFacetAsync(facetKeys, runFacet, runAlone, budget, results, cancellationToken));
        }

        commands.AddRange(aloneKeys.Select(index => RunAloneAsync(index, runAlone, budget, results, cancellationToken)));
        await Task.WhenAll(commands).ConfigureAwait(false);
        return [.. results.Select(result => result ?? throw new InvalidOperationException("A batch key was left without a result."))];
    }

    private static async Task RunFacetAsync(
        List<int> keys,
        Func<IReadOnlyList<int>, TimeSpan?, CancellationToken, Task<List<BsonDocument>>> runFacet,
        Func<int, TimeSpan?, CancellationToken, Task<List<BsonDocument>>> runAlone,
        BatchTimeBudget budget,
        IReadOnlyList<BsonDocument>?[] results,
        CancellationToken cancellationToken)
    {
        List<BsonDocument> reply;
        try
        {
            reply = await runFacet(keys, budget.Remaining(), cancellationToken).ConfigureAwait(false);
        }
        catch (MongoCommandException error) when (FacetBatch.WorthRetryingAlone(error))
        {
            await Task.WhenAll(keys.Select(index => RunAloneAsync(index, runAlone, budget, results, cancellationToken))).ConfigureAwait(false);
            return;
        }

        FacetBatch.Split(reply, keys, results);
    }

    private static async Task RunAloneAsync(
        int index,
        Func<int, TimeSpan?, CancellationToken, Task<List<BsonDocument>>> runAlone,
        BatchTimeBudget budget,
        IReadOnlyList<BsonDocument>?[] results,
        CancellationToken cancellationToken) =>
        results[index] = await runAlone(index, budget.Remaining(), cancellationToken).ConfigureAwait(false);
}
