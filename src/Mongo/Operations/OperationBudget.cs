namespace Serverless.Mongo.Operations;

/// <summary>
/// An operation's client-side deadline: one token that ends when the caller cancels or the time budget runs out,
/// so every wait of the operation (server selection, checkout, the reply) is bounded by the same budget.
/// </summary>
internal sealed class OperationBudget : IDisposable
{
    private readonly CancellationTokenSource? _timeout;
    private readonly CancellationTokenSource? _linked;
    private readonly TimeProvider _time;
    private readonly long _started;

    public OperationBudget(TimeSpan? budget, TimeProvider time, CancellationToken cancellationToken)
    {
        _time = time;
        _started = time.GetTimestamp();
        Budget = budget;
        if (budget is { } limit)
        {
            if (limit <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(budget), limit, "The time budget must be positive.");
            }

            _timeout = new CancellationTokenSource(limit, time);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timeout.Token);
        }

        Token = _linked?.Token ?? cancellationToken;
    }

    public TimeSpan? Budget { get; }

    public CancellationToken Token { get; }

    /// <summary>True when the budget, not the caller, ended the operation.</summary>
    public bool Expired => _timeout?.IsCancellationRequested == true;

    /// <summary>What is left of the budget (never negative), or null without one.</summary>
    public TimeSpan? Remaining => Budget is { } budget ? TimeSpan.FromTicks(Math.Max(0, (budget - _time.GetElapsedTime(_started)).Ticks)) : null;

    public void Dispose()
    {
        _linked?.Dispose();
        _timeout?.Dispose();
    }
}
