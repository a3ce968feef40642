using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>Index management and dropping the collection (Index Management spec; manual "drop").</summary>
public sealed partial class MongoCollection
{
    /// <summary>Creates indexes from their specifications ({key, name, unique, …}); a spec without a name gets the conventional one.</summary>
    /// <returns>The index names, in order.</returns>
    public async Task<IReadOnlyList<string>> CreateIndexesAsync(IEnumerable<BsonDocument> indexes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        var specs = indexes.Select(Named).ToList();
        if (specs.Count == 0)
        {
            throw new ArgumentException("createIndexes needs at least one index.", nameof(indexes));
        }

        var command = new CommandBuilder("createIndexes", Name).Add("indexes", new BsonArray(specs)).Add("writeConcern", WriteConcern?.ToDocument()).Build();
        await RunAsync(command, cancellationToken).ConfigureAwait(false);
        return specs.Select(s => s["name"].AsString).ToList();
    }

    /// <summary>The collection's index specifications, through a cursor.</summary>
    public async Task<IAsyncCursor> ListIndexesAsync(CancellationToken cancellationToken = default)
    {
        // Through the read path (primaryPreferred, as the generic path runs listIndexes) so that the cursor keeps
        // the server and the implicit session it was opened in.
        var command = new BsonDocument([new("listIndexes", Name), new("cursor", BsonDocument.Empty)]);
        var result = await CommandExecutor.RunReadAsync(Database.Client, Database.Name, command, new ReadPreference(ReadPreferenceMode.PrimaryPreferred), timeBudget: null, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor(Database.Client, Database.Name, result, batchSize: null);
    }

    /// <summary>Drops one index by name.</summary>
    public async Task DropIndexAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name == "*")
        {
            throw new ArgumentException("'*' would drop every index; use DropIndexesAsync for that.", nameof(name));
        }

        await RunAsync(new CommandBuilder("dropIndexes", Name).Add("index", name).Add("writeConcern", WriteConcern?.ToDocument()).Build(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops every index but _id's.</summary>
    public async Task DropIndexesAsync(CancellationToken cancellationToken = default) =>
        await RunAsync(new CommandBuilder("dropIndexes", Name).Add("index", "*").Add("writeConcern", WriteConcern?.ToDocument()).Build(), cancellationToken).ConfigureAwait(false);

    /// <summary>Drops the collection; dropping one that does not exist is not an error (CRUD spec: drivers ignore NamespaceNotFound).</summary>
    public async Task DropAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await RunAsync(new CommandBuilder("drop", Name).Add("writeConcern", WriteConcern?.ToDocument()).Build(), cancellationToken).ConfigureAwait(false);
        }
        catch (MongoCommandException e) when (e.Code == NamespaceNotFound)
        {
            // Already gone: the outcome the caller asked for.
        }
    }

    private const int NamespaceNotFound = 26;

    // Index Management spec, "Index Name Generation": key names and directions joined by underscores.
    private static BsonDocument Named(BsonDocument spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.GetValueOrDefault("key") is not BsonDocument { Count: > 0 } keys)
        {
            throw new ArgumentException($"An index specification needs a non-empty key document: {spec}", nameof(spec));
        }

        return spec.Contains("name") ? spec : spec.With("name", string.Join('_', keys.Select(k => $"{k.Name}_{ExtendedJson.Serialize(k.Value).Trim('"')}")));
    }
}
