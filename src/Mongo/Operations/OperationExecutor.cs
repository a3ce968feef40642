using System.Globalization;
using Polly;
using Polly.Retry;
using Serverless.Bson;
using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;

namespace Serverless.Mongo.Operations;

/// <summary>
/// Runs operations: select a server → that server's pool → run the command, under the operation's time budget,
/// retried once by a Polly retry strategy when the Retryable Reads/Writes specs allow it.
/// </summary>
internal sealed class OperationExecutor
{
    private static readonly ResiliencePropertyKey<OperationAttempts> AttemptsKey = new("Serverless.Mongo.OperationAttempts");

    // Retryable Reads/Writes specs: one retry, at once (no backoff), only for errors the attempts object accepts.
    private static readonly ResiliencePipeline RetryOnce = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 1,
            Delay = TimeSpan.Zero,
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            ShouldHandle = static args => ValueTask.FromResult(
                args.Outcome.Exception is MongoException error
                && args.Context.Properties.TryGetValue(AttemptsKey, out var attempts)
                && attempts.ShouldRetry(error)),
        })
        .Build();

    private readonly OperationContext _context;

    public OperationExecutor(OperationContext context) => _context = context;

    /// <exception cref="MongoTimeoutException">The time budget ran out (the caller's token did not fire).</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<CommandResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken)
    {
        using var budget = new OperationBudget(request.TimeBudget, _context.Time, cancellationToken);
        var attempts = new OperationAttempts(request, _context, budget);
        try
        {
            if (!attempts.MayRetry)
            {
                return await attempts.AttemptAsync(budget.Token).ConfigureAwait(false);
            }

            var resilience = ResilienceContextPool.Shared.Get(budget.Token);
            try
            {
                resilience.Properties.Set(AttemptsKey, attempts);
                return await RetryOnce.ExecuteAsync(
                    static (context, state) => new ValueTask<CommandResult>(state.AttemptAsync(context.CancellationToken)),
                    resilience,
                    attempts).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(resilience);
            }
        }
        catch (OperationCanceledException ex) when (budget.Expired && !cancellationToken.IsCancellationRequested)
        {
            throw new MongoTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"{request.CommandName} exceeded its time budget of {budget.Budget!.Value.TotalMilliseconds} ms waiting for {attempts.Phase}")
                + (attempts.CurrentServer is { } server ? $" on {server}." : "."),
                ex)
            {
                ServerAddress = attempts.CurrentServer?.ToString(),
                CommandName = request.CommandName,
            };
        }
        finally
        {
            attempts.Complete();
        }
    }

    /// <summary>
    /// Runs a command on one given server, e.g. getMore/killCursors on the server that owns the cursor; never
    /// retried (Retryable Reads spec: getMore is not retryable).
    /// </summary>
    /// <param name="session">The cursor's session, whose lsid the command carries (Driver Sessions spec); null for none.</param>
    /// <exception cref="MongoConnectionException">The server left the topology, or the exchange failed.</exception>
    public async Task<BsonDocument> ExecuteOnServerAsync(ServerAddress address, string database, BsonDocument command, ServerSession? session, CancellationToken cancellationToken)
    {
        if (session is not null)
        {
            command = command.With("lsid", session.Id);
        }

        var server = _context.Cluster.Find(address)
            ?? throw new MongoConnectionException(address.ToString(), $"{command[0].Name}: the server is no longer part of the topology.", null) { CommandName = command[0].Name };
        var generation = server.Pool.Generation;
        try
        {
            var connection = await server.Pool.CheckOutAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                generation = connection.Generation;
                return await connection.RunCommandAsync(database, command, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (MongoException error)
        {
            if (error is MongoConnectionException)
            {
                session?.MarkDirty();
            }

            _context.Cluster.OnOperationError(address, generation, error);
            throw;
        }
    }

    /// <summary>Gives a session a cursor held back to the pool, once the cursor is exhausted or closed.</summary>
    public void ReturnSession(ServerSession session) => _context.Sessions.Return(session);

    /// <summary>Ends the pooled sessions on the deployment before the client closes (see <see cref="SessionTerminator"/>).</summary>
    public Task EndSessionsAsync() => SessionTerminator.EndPooledSessionsAsync(this, _context.Sessions, _context.Cluster.State.Current);

    /// <summary>
    /// What a writable server announced in its connection handshake (Handshake spec: maxBsonObjectSize,
    /// maxMessageSizeBytes, maxWriteBatchSize), read from a pooled connection so no extra command is sent.
    /// </summary>
    public async Task<ConnectionDescription> DescribeWritableServerAsync(CancellationToken cancellationToken)
    {
        var settings = new ServerSelectionSettings(_context.OperationCounts) { LocalThreshold = _context.LocalThreshold };
        while (true)
        {
            var selected = await _context.Cluster.State.SelectServerAsync(ServerSelectors.ForWrite(settings), cancellationToken).ConfigureAwait(false);
            if (_context.Cluster.Find(selected.Address) is not { } server)
            {
                // It left the topology between selection and lookup; select again.
                continue;
            }

            var generation = server.Pool.Generation;
            try
            {
                var connection = await server.Pool.CheckOutAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    return connection.Description;
                }
            }
            catch (MongoException error)
            {
                _context.Cluster.OnOperationError(selected.Address, generation, error);
                throw;
            }
        }
    }
}
