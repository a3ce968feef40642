using System.Buffers;
using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>A database on the client's server.</summary>
public sealed class MongoDatabase
{
    // Naming restrictions (manual, "Restrictions on Database Names for Unix and Linux Systems" and Windows).
    private static readonly SearchValues<char> ForbiddenNameChars = SearchValues.Create("/\\. \"$*<>:|?\0");

    internal MongoDatabase(MongoClient client, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.AsSpan().IndexOfAny(ForbiddenNameChars) >= 0)
        {
            throw new ArgumentException($"Database name '{name}' contains a character MongoDB forbids in database names (/\\. \"$*<>:|?).", nameof(name));
        }

        Client = client;
        Name = name;
    }

    public MongoClient Client { get; }

    public string Name { get; }

    /// <exception cref="ArgumentException">Not a valid collection name.</exception>
    public MongoCollection GetCollection(string name) => new(this, name);

    /// <summary>Creates a collection; <paramref name="options"/> holds the create command's fields (capped, validator, …).</summary>
    /// <exception cref="MongoCommandException">E.g. 48 NamespaceExists.</exception>
    public async Task<MongoCollection> CreateCollectionAsync(string name, BsonDocument? options = null, CancellationToken cancellationToken = default)
    {
        var collection = GetCollection(name);
        List<BsonElement> command = [new("create", name), .. options ?? BsonDocument.Empty];
        await RunCommandAsync(new BsonDocument(command), cancellationToken).ConfigureAwait(false);
        return collection;
    }

    /// <summary>Drops a collection; a missing one is not an error.</summary>
    public Task DropCollectionAsync(string name, CancellationToken cancellationToken = default) => GetCollection(name).DropAsync(cancellationToken);

    /// <summary>The collections' descriptions ({name, type, options, info, idIndex}), optionally filtered.</summary>
    public async Task<IAsyncCursor> ListCollectionsAsync(BsonDocument? filter = null, CancellationToken cancellationToken = default)
    {
        var command = new CommandBuilder("listCollections", 1).Add("filter", filter).Add("cursor", BsonDocument.Empty).Build();
        // Through the read path (primaryPreferred, as the generic path runs listCollections) so that the cursor
        // keeps the server and the implicit session it was opened in.
        var result = await CommandExecutor.RunReadAsync(Client, Name, command, new ReadPreference(ReadPreferenceMode.PrimaryPreferred), timeBudget: null, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Client, Name, result, batchSize: null);
    }

    /// <summary>A database-level aggregation (aggregate: 1), for stages such as $documents that need no collection.</summary>
    public async Task<IAsyncCursor> AggregateAsync(IEnumerable<BsonDocument> pipeline, AggregateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var command = AggregateCommands.Build(1, new BsonArray(pipeline), options ?? new AggregateOptions(), writeConcern: null, readConcern: null);
        var result = await CommandExecutor.RunReadAsync(Client, Name, command, readPreference: null, options?.MaxTime, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Client, Name, result, options?.BatchSize, options?.Comment);
    }

    /// <summary>Runs a command against this database and returns the reply.</summary>
    /// <exception cref="MongoCommandException">The server replied ok: 0.</exception>
    public Task<BsonDocument> RunCommandAsync(BsonDocument command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommandExecutor.RunAsync(Client, Name, command, cancellationToken);
    }
}
