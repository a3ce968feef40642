using System.Diagnostics;
using Serverless.Mongo;

namespace Serverless.Core.Batching;

/// <summary>
/// The time budget of one batch. The caller hands over what is left of the request's query-time-limit (§13);
/// every command of the batch is sent with maxTimeMS = what is left when it starts, so a batch that needs a
/// second round (the per-key fallback) cannot outlive the request's budget. Null = no limit.
/// </summary>
internal sealed class BatchTimeBudget
{
    private readonly TimeSpan? _total;
    private readonly long _started;

    private BatchTimeBudget(TimeSpan? total)
    {
        _total = total;
        _started = Stopwatch.GetTimestamp();
    }

    public static BatchTimeBudget Start(TimeSpan? maxTime) => new(maxTime);

    /// <summary>What is left of the budget, for the next command's maxTime; null when there is no budget.</summary>
    /// <exception cref="MongoTimeoutException">Nothing is left: the command would be refused anyway (maxTimeMS must be positive).</exception>
    public TimeSpan? Remaining()
    {
        if (_total is not { } total)
        {
            return null;
        }

        var left = total - Stopwatch.GetElapsedTime(_started);
        return left > TimeSpan.Zero
            ? left
            : throw new MongoTimeoutException($"The batch's time budget of {total.TotalMilliseconds:0.###} ms is used up.");
    }
}
