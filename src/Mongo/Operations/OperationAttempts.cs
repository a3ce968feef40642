using System.Runtime.ExceptionServices;
using Serverless.Bson;
using Serverless.Mongo.Cluster;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Operations;

/// <summary>
/// The attempts of one operation: each selects a server afresh, checks a connection out of its pool and runs the
/// command; it remembers what the retry specs need between the first attempt and the retry (the first error, the
/// server that failed, the implicit session and the txnNumber of a retryable write).
/// </summary>
internal sealed class OperationAttempts
{
    private readonly OperationRequest _request;
    private readonly OperationContext _context;
    private readonly OperationBudget _budget;
    private ServerSession? _session;
    private long? _transactionNumber;
    private Exception? _firstError;
    private int _attempt;

    public OperationAttempts(OperationRequest request, OperationContext context, OperationBudget budget)
    {
        _request = request;
        _context = context;
        _budget = budget;
    }

    /// <summary>The server of the current attempt, or null before one was selected.</summary>
    public ServerAddress? CurrentServer { get; private set; }

    /// <summary>What the current attempt waits for, for timeout messages.</summary>
    public string Phase { get; private set; } = "server selection";

    /// <summary>Whether the operation may be retried at all (the command and the URI options allow it).</summary>
    public bool MayRetry => _request.Kind == CommandKind.Read
        ? _context.RetryReads && CommandClassifier.IsRetryableRead(_request.Command)
        : _context.RetryWrites && CommandClassifier.IsRetryableWrite(_request.Command);

    /// <summary>Retry specs: exactly one retry, after a retryable error of the first attempt.</summary>
    public bool ShouldRetry(Exception error) =>
        _attempt == 1 && (_request.Kind == CommandKind.Read
            ? RetryableErrors.IsRetryableRead(error)

            // A write is only retried when the first attempt carried a txnNumber, so the server can deduplicate it.
            : _transactionNumber is not null && RetryableErrors.IsRetryableWrite(error));

    public async Task<CommandResult> AttemptAsync(CancellationToken cancellationToken)
    {
        _attempt++;
        var (selected, server) = await SelectAsync(cancellationToken).ConfigureAwait(false);
        CurrentServer = selected.Address;
        var command = Prepare(selected, _context.Cluster.State.Current.Type);
        _context.OperationCounts.Increment(selected.Address);
        try
        {
            Phase = "a connection";
            var generation = server.Pool.Generation;
            PooledConnection connection;
            try
            {
                connection = await server.Pool.CheckOutAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (MongoException error)
            {
                Fail(selected.Address, generation, error);
                throw;
            }
            catch (ObjectDisposedException) when (_context.Cluster.Find(selected.Address) is null)
            {
                // The server left the topology (its pool was disposed) between selection and checkout: to the
                // caller and the retry specs that is a network error, so a retryable operation selects again.
                var gone = new MongoConnectionException(selected.Address.ToString(), $"{_request.CommandName}: the server left the topology before a connection was checked out.", null)
                {
                    CommandName = _request.CommandName,
                };
                _firstError ??= gone;
                throw gone;
            }

            await using (connection.ConfigureAwait(false))
            {
                Phase = "the reply";
                try
                {
                    var reply = await connection.RunCommandAsync(_request.Database, command, cancellationToken).ConfigureAwait(false);
                    return new CommandResult(reply, selected.Address, HandOverSessionIfCursorOpened(reply));
                }
                catch (MongoException error)
                {
                    Fail(selected.Address, connection.Generation, error);
                    throw;
                }
            }
        }
        finally
        {
            _context.OperationCounts.Decrement(selected.Address);
        }
    }

    /// <summary>Returns the implicit session to the pool, unless an opened cursor took it over.</summary>
    public void Complete()
    {
        if (_session is not null)
        {
            _context.Sessions.Return(_session);
            _session = null;
        }
    }

    // Driver Sessions spec, "Implicit sessions": a cursor's getMore and killCursors use the session that opened
    // it, so a reply with an open cursor (id != 0) passes the session on instead of returning it to the pool.
    private ServerSession? HandOverSessionIfCursorOpened(BsonDocument reply)
    {
        if (_session is null
            || reply.GetValueOrDefault("cursor") is not BsonDocument cursor
            || BsonNumbers.TryInt64(cursor.GetValueOrDefault("id")) is null or 0)
        {
            return null;
        }

        var session = _session;
        _session = null;
        return session;
    }

    private void Fail(ServerAddress server, int generation, MongoException error)
    {
        if (error is MongoConnectionException)
        {
            // Driver Sessions spec, "Server Session Pool": a session that saw a network error is discarded.
            _session?.MarkDirty();
        }

        _firstError ??= error;
        _context.Cluster.OnOperationError(server, generation, error);
    }

    private async Task<(ServerDescription Selected, ClusterServer Server)> SelectAsync(CancellationToken cancellationToken)
    {
        Phase = "server selection";

        // Server Selection spec, step 3: a retry on a sharded cluster avoids the mongos that just failed.
        IReadOnlyCollection<ServerAddress> deprioritized =
            _attempt > 1 && CurrentServer is { } failed && _context.Cluster.State.Current.Type == TopologyType.Sharded ? [failed] : [];
        var settings = new ServerSelectionSettings(_context.OperationCounts) { LocalThreshold = _context.LocalThreshold, Deprioritized = deprioritized };
        var selector = _request.Kind == CommandKind.Read
            ? ServerSelectors.ForRead(_request.ReadPreference, settings)
            : ServerSelectors.ForWrite(settings);
        while (true)
        {
            ServerDescription selected;
            try
            {
                selected = await _context.Cluster.State.SelectServerAsync(selector, cancellationToken).ConfigureAwait(false);
            }
            catch (ServerSelectionTimeoutException) when (_firstError is not null)
            {
                // Retryable Reads/Writes specs: when the retry finds no server, the original error is the one raised.
                ExceptionDispatchInfo.Throw(_firstError);
                throw;
            }
            catch (ServerSelectionTimeoutException timeout)
            {
                // Name the operation too: the selection itself only knows its selector and the topology.
                throw new ServerSelectionTimeoutException($"{_request.CommandName}: {timeout.Message}", timeout) { CommandName = _request.CommandName };
            }

            // The server may have left the topology between selection and lookup; select again.
            if (_context.Cluster.Find(selected.Address) is { } server)
            {
                return (selected, server);
            }
        }
    }

    private BsonDocument Prepare(ServerDescription selected, TopologyType topology)
    {
        var command = _request.Command;

        // CSOT-style: a budget given to the operation (not already written as maxTimeMS) becomes maxTimeMS, using
        // what remains of it so that a retry does not get the whole budget again.
        if (_budget.Remaining is { } remaining && !command.Contains("maxTimeMS"))
        {
            command = command.With("maxTimeMS", (int)Math.Clamp(Math.Ceiling(remaining.TotalMilliseconds), 1, int.MaxValue));
        }

        if (_request.Kind == CommandKind.Read && ReadPreferenceDocument.For(topology, selected.Type, _request.ReadPreference) is { } readPreference)
        {
            command = command.With("$readPreference", readPreference);
        }

        // Driver Sessions spec, "Implicit sessions": one pooled session for the whole operation, its retry included.
        if (SupportsSessions(selected) && CommandClassifier.TakesImplicitSession(_request.Command))
        {
            _session ??= _context.Sessions.Rent(selected.LogicalSessionTimeoutMinutes ?? 30);
            command = command.With("lsid", _session.Id);
        }

        if (_request.Kind == CommandKind.Write && MayRetry && SupportsRetryableWrites(selected) && _session is not null)
        {
            // Retryable Writes spec, "Generating Transaction IDs": one txnNumber per write, reused by its retry.
            _transactionNumber ??= _session.NextTransactionNumber();
            command = command.With("txnNumber", _transactionNumber.Value);
        }
        else if (_attempt > 1 && _transactionNumber is not null && _firstError is not null)
        {
            // The retry landed on a server without retryable writes: the spec raises the original error.
            ExceptionDispatchInfo.Throw(_firstError);
        }

        return command;
    }

    // Driver Sessions spec, "How to Check Whether a Deployment Supports Sessions": the server reports
    // logicalSessionTimeoutMinutes; a load balancer is never monitored, and the Load Balancer spec requires sessions.
    private static bool SupportsSessions(ServerDescription server) =>
        server.Type == ServerType.LoadBalancer || server.LogicalSessionTimeoutMinutes is not null;

    // Retryable Writes spec, "Supported Server Versions": sessions supported (logicalSessionTimeoutMinutes) and not a
    // standalone; a load balancer is never monitored, and the Load Balancer spec requires a deployment with sessions.
    private static bool SupportsRetryableWrites(ServerDescription server) =>
        server.Type == ServerType.LoadBalancer
        || (server.LogicalSessionTimeoutMinutes is not null && server.Type is not (ServerType.Standalone or ServerType.Unknown));
}
