using Serverless.Bson;
using Serverless.Mongo.Embedded.Operations;

namespace Serverless.Mongo.Embedded.Commands;

/// <summary>
/// The time budget of one command from its maxTimeMS (manual "cursor.maxTimeMS": 0 or absent means no limit).
/// Long loops call <see cref="Check"/>; past the budget it raises error 50 MaxTimeMSExpired like the server,
/// and after killOp error 11601 Interrupted.
/// </summary>
internal sealed class OperationDeadline
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly TimeSpan? _limit;
    private readonly RunningOperation _operation;
    private readonly CancellationToken _cancellationToken;

    private OperationDeadline(TimeProvider time, TimeSpan? limit, RunningOperation operation, CancellationToken cancellationToken)
    {
        _operation = operation;
        _time = time;
        _start = time.GetTimestamp();
        _limit = limit;
        _cancellationToken = cancellationToken;
    }

    /// <exception cref="CommandException">maxTimeMS is not a number in [0, 2147483647].</exception>
    public static OperationDeadline Start(BsonDocument command, TimeProvider time, RunningOperation operation, CancellationToken cancellationToken)
    {
        if (!command.TryGetValue("maxTimeMS", out var value) || value.IsNull)
        {
            return new OperationDeadline(time, null, operation, cancellationToken);
        }

        double milliseconds = value switch
        {
            BsonInt32 i => i.Value,
            BsonInt64 l => l.Value,
            BsonDouble d => d.Value,
            _ => throw ServerErrors.BadValue($"maxTimeMS must be a number, not {BsonTypeAliases.NameOf(value.Type)}"),
        };
        if (milliseconds < 0 || milliseconds > int.MaxValue || double.IsNaN(milliseconds))
        {
            throw ServerErrors.BadValue($"{value} value for maxTimeMS is out of range [0, {int.MaxValue}]");
        }

        return new OperationDeadline(time, milliseconds == 0 ? null : TimeSpan.FromMilliseconds(Math.Floor(milliseconds)), operation, cancellationToken);
    }

    public CancellationToken CancellationToken => _cancellationToken;

    /// <exception cref="CommandException">killOp named this operation (code 11601), or the budget is spent (code 50).</exception>
    /// <exception cref="OperationCanceledException">The server is stopping.</exception>
    public void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_operation.KillPending)
        {
            throw ServerErrors.Interrupted();
        }

        if (_limit is { } limit && _time.GetElapsedTime(_start) > limit)
        {
            throw ServerErrors.MaxTimeMSExpired();
        }
    }
}
