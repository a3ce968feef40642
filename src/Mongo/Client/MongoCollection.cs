using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// CRUD on one collection, each operation one command (CRUD spec). Every operation accepts a server-side time
/// budget (<c>maxTime</c> → maxTimeMS) and a CancellationToken that abandons the wait client-side.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "MongoDB's name for the concept; it is a server collection, not a .NET collection type.")]
public sealed class MongoCollection
{
    internal MongoCollection(MongoDatabase database, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        // Manual, "Restriction on Collection Names": no '$', no NUL, and not the reserved "system." prefix.
        if (name.Contains('$', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal) || name.StartsWith("system.", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Collection name '{name}' is not allowed: it contains '$' or NUL, or starts with 'system.'.", nameof(name));
        }

        Database = database;
        Name = name;
    }

    public MongoDatabase Database { get; }

    public string Name { get; }

    /// <summary>Inserts one document, adding an ObjectId _id when it has none; returns the _id.</summary>
    /// <exception cref="MongoWriteException">The server rejected the document (e.g. 11000 duplicate key).</exception>
    public async Task<BsonValue> InsertOneAsync(BsonDocument document, TimeSpan? maxTime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = await InsertManyAsync([document], maxTime, cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    /// <summary>Inserts documents in order, stopping at the first failure; returns their _ids.</summary>
    /// <exception cref="MongoWriteException">A document was rejected; the ones before it were inserted.</exception>
    public async Task<IReadOnlyList<BsonValue>> InsertManyAsync(IEnumerable<BsonDocument> documents, TimeSpan? maxTime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // CRUD spec, "Insert": the driver generates _id so it can report it back.
        var prepared = documents.Select(d => d ?? throw new ArgumentException("documents contains null.", nameof(documents)))
            .Select(d => d.Contains("_id") ? d : new BsonDocument([new("_id", ObjectId.GenerateNewId()), .. d]))
            .ToList();
        if (prepared.Count == 0)
        {
            throw new ArgumentException("InsertMany needs at least one document.", nameof(documents));
        }

        await RunWriteAsync([new("insert", Name), new("documents", new BsonArray(prepared)), new("ordered", true)], maxTime, cancellationToken).ConfigureAwait(false);
        return prepared.Select(d => d["_id"]).ToList();
    }

    /// <summary>Starts a find; enumerate the cursor to read the documents.</summary>
    public async Task<IAsyncCursor> FindAsync(BsonDocument filter, FindOptions? options = null, TimeSpan? maxTime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new FindOptions();
        options.Validate();
        List<BsonElement> command = [new("find", Name), new("filter", filter)];
        AddIfPresent(command, "sort", options.Sort);
        AddIfPresent(command, "projection", options.Projection);
        AddIfPositive(command, "skip", options.Skip);
        AddIfPositive(command, "limit", options.Limit);
        AddIfPositive(command, "batchSize", options.BatchSize);
        CommandTimeBudget.AddMaxTime(command, maxTime);
        var result = await Database.Client.RunReadCommandAsync(Database.Name, new BsonDocument(command), null, maxTime, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Database.Client, Database.Name, result.Reply, result.Server, options.BatchSize);
    }

    /// <summary>Runs an aggregation pipeline and returns its cursor.</summary>
    public async Task<IAsyncCursor> AggregateAsync(IEnumerable<BsonDocument> pipeline, int? batchSize = null, TimeSpan? maxTime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (batchSize is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must not be negative.");
        }

        List<BsonElement> cursor = [];
        AddIfPositive(cursor, "batchSize", batchSize);
        List<BsonElement> command = [new("aggregate", Name), new("pipeline", new BsonArray(pipeline)), new("cursor", new BsonDocument(cursor))];
        CommandTimeBudget.AddMaxTime(command, maxTime);
        var result = await Database.Client.RunReadCommandAsync(Database.Name, new BsonDocument(command), null, maxTime, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Database.Client, Database.Name, result.Reply, result.Server, batchSize);
    }

    /// <summary>Counts matching documents with the CRUD spec's countDocuments pipeline ($match then $group/$sum).</summary>
    public async Task<long> CountDocumentsAsync(BsonDocument filter, TimeSpan? maxTime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        BsonDocument[] pipeline =
        [
            new([new("$match", filter)]),
            new([new("$group", new BsonDocument([new("_id", 1), new("n", new BsonDocument([new("$sum", 1)]))]))]),
        ];
        var cursor = await AggregateAsync(pipeline, batchSize: null, maxTime, cancellationToken).ConfigureAwait(false);
        // Leaving the enumeration kills the cursor should the server have kept one open.
        await foreach (var group in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return BsonNumbers.TryInt64(group.GetValueOrDefault("n")) ?? throw new MongoException($"countDocuments $group returned no numeric n: {group}");
        }

        // No group means no document matched.
        return 0;
    }

    public Task<UpdateResult> UpdateOneAsync(BsonDocument filter, BsonDocument update, TimeSpan? maxTime = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(filter, update, multi: false, maxTime, cancellationToken);

    public Task<UpdateResult> UpdateManyAsync(BsonDocument filter, BsonDocument update, TimeSpan? maxTime = null, CancellationToken cancellationToken = default) =>
        UpdateAsync(filter, update, multi: true, maxTime, cancellationToken);

    public Task<DeleteResult> DeleteOneAsync(BsonDocument filter, TimeSpan? maxTime = null, CancellationToken cancellationToken = default) =>
        DeleteAsync(filter, limit: 1, maxTime, cancellationToken);

    public Task<DeleteResult> DeleteManyAsync(BsonDocument filter, TimeSpan? maxTime = null, CancellationToken cancellationToken = default) =>
        DeleteAsync(filter, limit: 0, maxTime, cancellationToken);

    private static void AddIfPresent(List<BsonElement> command, string name, BsonDocument? value)
    {
        if (value is not null)
        {
            command.Add(new(name, value));
        }
    }

    private static void AddIfPositive(List<BsonElement> command, string name, int? value)
    {
        if (value is > 0 and var positive)
        {
            command.Add(new(name, positive));
        }
    }

    private async Task<UpdateResult> UpdateAsync(BsonDocument filter, BsonDocument update, bool multi, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(update);
        // CRUD spec, "Update vs. Replace Validation": an update document's first key must be an update operator.
        if (update.Count == 0 || !update[0].Name.StartsWith('$'))
        {
            throw new ArgumentException("An update document must start with an update operator such as $set; replacements are not supported here.", nameof(update));
        }

        var statement = new BsonDocument([new("q", filter), new("u", update), new("multi", multi)]);
        var reply = await RunWriteAsync([new("update", Name), new("updates", new BsonArray([statement])), new("ordered", true)], maxTime, cancellationToken).ConfigureAwait(false);
        return new UpdateResult(BsonNumbers.Int64(reply, "n", 0), BsonNumbers.Int64(reply, "nModified", 0));
    }

    private async Task<DeleteResult> DeleteAsync(BsonDocument filter, int limit, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statement = new BsonDocument([new("q", filter), new("limit", limit)]);
        var reply = await RunWriteAsync([new("delete", Name), new("deletes", new BsonArray([statement])), new("ordered", true)], maxTime, cancellationToken).ConfigureAwait(false);
        return new DeleteResult(BsonNumbers.Int64(reply, "n", 0));
    }

    private Task<BsonDocument> RunAsync(List<BsonElement> command, CancellationToken cancellationToken) =>
        Database.Client.RunCommandAsync(Database.Name, new BsonDocument(command), cancellationToken);

    private async Task<BsonDocument> RunWriteAsync(List<BsonElement> command, TimeSpan? maxTime, CancellationToken cancellationToken)
    {
        CommandTimeBudget.AddMaxTime(command, maxTime);
        var (reply, server) = await Database.Client.RunWriteCommandAsync(Database.Name, new BsonDocument(command), maxTime, cancellationToken).ConfigureAwait(false);
        // CRUD spec, "Write Errors": ok: 1 replies can still carry per-statement failures.
        if (reply.GetValueOrDefault("writeErrors") is BsonArray { Count: > 0 } errors && errors[0] is BsonDocument first)
        {
            throw MongoWriteException.Create(
                BsonNumbers.Int32(first, "code", 0),
                first.GetValueOrDefault("errmsg") is BsonString message ? message.Value : first.ToString(),
                BsonNumbers.Int32(first, "index", 0),
                server.ToString());
        }

        if (reply.GetValueOrDefault("writeConcernError") is BsonDocument concern)
        {
            throw new MongoWriteException(BsonNumbers.Int32(concern, "code", 0), "write concern error: " + concern, -1, server.ToString());
        }

        return reply;
    }
}
