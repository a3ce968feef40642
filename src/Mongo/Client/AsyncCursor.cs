using Serverless.Bson;
using Serverless.Mongo.Operations;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// A cursor built from a find/aggregate reply's <c>cursor</c> document (Find, getMore and killCursors spec:
/// {id, ns, firstBatch}; getMore answers {id, ns, nextBatch}). It owns the implicit session it was opened in:
/// getMore and killCursors carry that lsid, and the session goes back to the pool once the cursor is exhausted
/// or closed (Driver Sessions spec, "Implicit sessions").
/// </summary>
internal sealed class AsyncCursor : IAsyncCursor
{
    // The server reaps an abandoned cursor itself after cursorTimeoutMillis, so killCursors only speeds cleanup up;
    // a dispose must not hang on an unresponsive server.
    private static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(10);

    private readonly MongoClient _client;
    private readonly string _database;
    private readonly string _collection;
    private readonly int? _batchSize;
    private readonly BsonValue? _comment;
    private readonly ServerAddress? _server;
    private IReadOnlyList<BsonValue> _batch;
    private ServerSession? _session;
    private long _id;
    private int _enumerated;

    public AsyncCursor(MongoClient client, string database, BsonDocument reply, int? batchSize)
        : this(client, database, reply, server: null, batchSize)
    {
    }

    /// <summary>A cursor on the server that answered <paramref name="result"/>, in the session it was opened in.</summary>
    public AsyncCursor(MongoClient client, string database, CommandResult result, int? batchSize, BsonValue? comment = null)
        : this(client, database, result.Reply, result.Server, batchSize, comment)
    {
        _session = result.Session;
        ReturnSessionIfExhausted();
    }

    /// <param name="server">
    /// The server that opened the cursor: getMore and killCursors must go to it (Find, getMore and killCursors spec).
    /// Null sends them through the generic command path, which only reaches the same server when that is the primary.
    /// </param>
    /// <param name="comment">The operation's comment, repeated on each getMore (CRUD spec: servers 4.4+ accept it there).</param>
    public AsyncCursor(MongoClient client, string database, BsonDocument reply, ServerAddress? server, int? batchSize, BsonValue? comment = null)
    {
        _server = server;
        _comment = comment;
        _client = client;
        _database = database;
        _batchSize = batchSize;
        var cursor = reply.GetValueOrDefault("cursor") as BsonDocument
            ?? throw new MongoException($"The reply has no cursor document: {reply}");
        CollectionNamespace = cursor.GetValueOrDefault("ns") is BsonString ns ? ns.Value : throw new MongoException($"The cursor has no ns: {cursor}");
        var dot = CollectionNamespace.IndexOf('.', StringComparison.Ordinal);
        _collection = dot > 0 ? CollectionNamespace[(dot + 1)..] : throw new MongoException($"The cursor namespace '{CollectionNamespace}' is not 'database.collection'.");
        _id = ReadId(cursor);
        _batch = ReadBatch(cursor, "firstBatch");
    }

    public long Id => Interlocked.Read(ref _id);

    public string CollectionNamespace { get; }

    public async IAsyncEnumerator<BsonDocument> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A cursor can be enumerated only once.");
        }

        try
        {
            while (true)
            {
                foreach (var document in _batch)
                {
                    yield return document.AsDocument;
                }

                if (Id == 0)
                {
                    yield break;
                }

                await GetMoreAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Leaving early (break, exception, cancellation) must not leak the server cursor.
            await KillAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync().ConfigureAwait(false);

    private static long ReadId(BsonDocument cursor) =>
        BsonNumbers.TryInt64(cursor.GetValueOrDefault("id")) ?? throw new MongoException($"The cursor has no numeric id: {cursor}");

    private static BsonArray ReadBatch(BsonDocument cursor, string name) =>
        cursor.GetValueOrDefault(name) as BsonArray ?? throw new MongoException($"The cursor has no {name} array: {cursor}");

    private async Task GetMoreAsync(CancellationToken cancellationToken)
    {
        List<BsonElement> command = [new("getMore", Id), new("collection", _collection)];
        if (_batchSize is > 0 and var size)
        {
            command.Add(new("batchSize", size));
        }

        if (_comment is not null)
        {
            command.Add(new("comment", _comment));
        }

        var reply = await RunAsync(new BsonDocument(command), cancellationToken).ConfigureAwait(false);
        var cursor = reply.GetValueOrDefault("cursor") as BsonDocument ?? throw new MongoException($"getMore reply has no cursor document: {reply}");
        _batch = ReadBatch(cursor, "nextBatch");
        Interlocked.Exchange(ref _id, ReadId(cursor));
        ReturnSessionIfExhausted();
    }

    private void ReturnSessionIfExhausted()
    {
        if (Id == 0 && Interlocked.Exchange(ref _session, null) is { } session)
        {
            _client.ReturnSession(session);
        }
    }

    private async Task KillAsync()
    {
        var id = Interlocked.Exchange(ref _id, 0);
        if (id == 0)
        {
            ReturnSessionIfExhausted();
            return;
        }

        // A fresh checkout: if a cancelled getMore closed its connection, the pool discarded it and opens another.
        using var timeout = new CancellationTokenSource(KillTimeout);
        try
        {
            await RunAsync(new BsonDocument([new("killCursors", _collection), new("cursors", new BsonArray([id]))]), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MongoException or OperationCanceledException)
        {
            // Best-effort by design (see KillTimeout): the operation that owned the cursor already has its outcome.
        }
        finally
        {
            // A network error during killCursors marked the session dirty, and the pool then discards it.
            ReturnSessionIfExhausted();
        }
    }

    private Task<BsonDocument> RunAsync(BsonDocument command, CancellationToken cancellationToken) =>
        _server is { } server
            ? CommandExecutor.RunOnServerAsync(_client, server, _database, command, Volatile.Read(ref _session), cancellationToken)
            : CommandExecutor.RunAsync(_client, _database, command, cancellationToken);
}
