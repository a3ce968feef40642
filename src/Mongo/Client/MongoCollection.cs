using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;
using Serverless.Mongo.Operations;

namespace Serverless.Mongo;

/// <summary>
/// CRUD on one collection (CRUD spec), each read one command. Writes are in MongoCollection.Writes.cs,
/// findAndModify in MongoCollection.FindAndModify.cs, indexes and drop in MongoCollection.Admin.cs. Every
/// operation accepts a CancellationToken that abandons the wait client-side.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "MongoDB's name for the concept; it is a server collection, not a .NET collection type.")]
public sealed partial class MongoCollection
{
    internal MongoCollection(MongoDatabase database, string name, WriteConcern? writeConcern = null, ReadConcern? readConcern = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        // Manual, "Restriction on Collection Names": no '$', no NUL, and not the reserved "system." prefix.
        if (name.Contains('$', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal) || name.StartsWith("system.", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Collection name '{name}' is not allowed: it contains '$' or NUL, or starts with 'system.'.", nameof(name));
        }

        Database = database;
        Name = name;
        WriteConcern = writeConcern;
        ReadConcern = readConcern;
    }

    public MongoDatabase Database { get; }

    public string Name { get; }

    /// <summary>Sent with every write; null leaves the server's default (acknowledged) in place.</summary>
    public WriteConcern? WriteConcern { get; }

    /// <summary>Sent with every read; null leaves the server's default in place.</summary>
    public ReadConcern? ReadConcern { get; }

    /// <summary>The same collection with another write concern (e.g. <see cref="WriteConcern.Unacknowledged"/>).</summary>
    public MongoCollection WithWriteConcern(WriteConcern? writeConcern) => new(Database, Name, writeConcern, ReadConcern);

    /// <summary>The same collection with another read concern.</summary>
    public MongoCollection WithReadConcern(ReadConcern? readConcern) => new(Database, Name, WriteConcern, readConcern);

    /// <summary>Starts a find; enumerate the cursor to read the documents.</summary>
    public async Task<IAsyncCursor> FindAsync(BsonDocument filter, FindOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new FindOptions();
        options.Validate();
        var command = FindCommand(filter, options).Build();
        var result = await RunReadAsync(command, options.MaxTime, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Database.Client, Database.Name, result, options.BatchSize, options.Comment);
    }

    /// <summary>The first matching document (by the options' sort), or null: a find with limit 1 in a single batch.</summary>
    public async Task<BsonDocument?> FindOneAsync(BsonDocument filter, FindOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new FindOptions();
        options.Validate();
        // CRUD spec, "Find": findOne is find with limit 1; singleBatch keeps the server from holding a cursor.
        var command = FindCommand(filter, options with { Limit = 1, BatchSize = null }).Add("singleBatch", true).Build();
        var result = await RunReadAsync(command, options.MaxTime, cancellationToken).ConfigureAwait(false);
        await using var cursor = new AsyncCursor(Database.Client, Database.Name, result, batchSize: null);
        await foreach (var document in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return document;
        }

        return null;
    }

    /// <summary>Runs an aggregation pipeline and returns its cursor.</summary>
    public async Task<IAsyncCursor> AggregateAsync(IEnumerable<BsonDocument> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var stages = new BsonArray(pipeline);
        var command = AggregateCommands.Build(Name, stages, options ?? new AggregateOptions(), WriteConcern, ReadConcern);
        var result = await RunReadAsync(command, options?.MaxTime, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Database.Client, Database.Name, result, options?.BatchSize, options?.Comment);
    }

    /// <summary>
    /// Counts matching documents with the CRUD spec's countDocuments pipeline: $match, then $skip/$limit when
    /// given, then $group/$sum ("Count API": countDocuments must not use the count command, whose results are
    /// inaccurate on sharded clusters).
    /// </summary>
    public async Task<long> CountDocumentsAsync(BsonDocument filter, CountOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new CountOptions();
        List<BsonDocument> pipeline = [new([new("$match", filter)])];
        if (options.Skip is { } skip)
        {
            pipeline.Add(new([new("$skip", skip)]));
        }

        if (options.Limit is { } limit)
        {
            pipeline.Add(new([new("$limit", limit)]));
        }

        pipeline.Add(new([new("$group", new BsonDocument([new("_id", 1), new("n", new BsonDocument([new("$sum", 1)]))]))]));
        var aggregate = new AggregateOptions { Collation = options.Collation, Hint = options.Hint, Comment = options.Comment, MaxTime = options.MaxTime };
        var cursor = await AggregateAsync(pipeline, aggregate, cancellationToken).ConfigureAwait(false);
        // Leaving the enumeration kills the cursor should the server have kept one open.
        await foreach (var group in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            return BsonNumbers.TryInt64(group.GetValueOrDefault("n")) ?? throw new MongoException($"countDocuments $group returned no numeric n: {group}");
        }

        // No group means no document matched.
        return 0;
    }

    /// <summary>The collection's document count from its metadata: the count command without a filter (CRUD spec, "Count API").</summary>
    public async Task<long> EstimatedDocumentCountAsync(EstimatedDocumentCountOptions? options = null, CancellationToken cancellationToken = default)
    {
        var command = new CommandBuilder("count", Name).Add("readConcern", ReadConcern?.ToDocument()).Add("comment", options?.Comment).AddMaxTime(options?.MaxTime).Build();
        var reply = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        return BsonNumbers.TryInt64(reply.GetValueOrDefault("n")) ?? throw new MongoException($"count returned no numeric n: {reply}");
    }

    /// <summary>The distinct values of <paramref name="fieldName"/> (a dotted path) among matching documents.</summary>
    public async Task<IReadOnlyList<BsonValue>> DistinctAsync(string fieldName, BsonDocument filter, DistinctOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        ArgumentNullException.ThrowIfNull(filter);
        var command = new CommandBuilder("distinct", Name)
            .Add("key", fieldName)
            .Add("query", filter)
            .Add("collation", options?.Collation)
            .Add("hint", options?.Hint)
            .Add("readConcern", ReadConcern?.ToDocument())
            .Add("comment", options?.Comment)
            .AddMaxTime(options?.MaxTime)
            .Build();
        var reply = await RunAsync(command, cancellationToken).ConfigureAwait(false);
        return reply.GetValueOrDefault("values") as BsonArray ?? throw new MongoException($"distinct returned no values array: {reply}");
    }

    private CommandBuilder FindCommand(BsonDocument filter, FindOptions options) =>
        new CommandBuilder("find", Name)
            .Add("filter", filter)
            .Add("sort", options.Sort)
            .Add("projection", options.Projection)
            .Add("hint", options.Hint)
            .Add("skip", options.Skip is > 0 ? options.Skip : null)
            .Add("limit", options.Limit is > 0 ? options.Limit : null)
            .Add("batchSize", BatchSizeFor(options))
            .Add("collation", options.Collation)
            .Add("let", options.Let)
            .Add("comment", options.Comment)
            .Add("allowDiskUse", options.AllowDiskUse)
            .Add("readConcern", ReadConcern?.ToDocument())
            .AddMaxTime(options.MaxTime);

    // Find, getMore and killCursors spec: when batchSize equals limit, ask for one more so the first batch
    // exhausts the cursor instead of leaving it open for a getMore that would return nothing.
    private static int? BatchSizeFor(FindOptions options) =>
        options.BatchSize is > 0 and var size ? (size == options.Limit ? size + 1 : size) : null;

    private Task<BsonDocument> RunAsync(BsonDocument command, CancellationToken cancellationToken) =>
        CommandExecutor.RunAsync(Database.Client, Database.Name, command, cancellationToken);

    // Reads whose cursor must stay on the server that opened it; the options' MaxTime also bounds the client-side wait.
    private Task<CommandResult> RunReadAsync(BsonDocument command, TimeSpan? maxTime, CancellationToken cancellationToken) =>
        CommandExecutor.RunReadAsync(Database.Client, Database.Name, command, readPreference: null, maxTime, cancellationToken);
}
