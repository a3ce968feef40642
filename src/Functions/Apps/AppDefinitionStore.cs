using Serverless.Bson;
using Serverless.Functions.Configuration;
using Serverless.Mongo;

namespace Serverless.Functions.Apps;

/// <summary>Reads app definition documents from the definitions collection (reference §1: db and collection).</summary>
public sealed class AppDefinitionStore
{
    private readonly MongoCollection _collection;

    public AppDefinitionStore(MongoClient client, ServiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        Database = settings.DefinitionsDb;
        Collection = settings.DefinitionsCollection;
        _collection = client.GetDatabase(Database).GetCollection(Collection);
    }

    public string Database { get; }

    public string Collection { get; }

    /// <summary>Every definition, enabled or not (start-up and revalidation read them all, §14).</summary>
    public async Task<IReadOnlyList<BsonDocument>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var documents = new List<BsonDocument>();
        await using var cursor = await _collection.FindAsync(BsonDocument.Empty, null, cancellationToken).ConfigureAwait(false);
        await foreach (var document in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>
    /// The enabled definition serving <paramref name="uri"/> (§2.2 with its [REC]s: a missing <c>enabled</c> is
    /// enabled; a stored uri with surrounding slashes still matches), or null.
    /// </summary>
    public async Task<BsonDocument?> FindAsync(string uri, CancellationToken cancellationToken)
    {
        var spellings = new BsonArray(uri, "/" + uri, uri + "/", "/" + uri + "/");
        var filter = new BsonDocument(
            new BsonElement("$or", new BsonArray(
                new BsonDocument(new BsonElement("descriptor.uri", new BsonDocument(new BsonElement("$in", spellings)))),
                new BsonDocument(new BsonElement("_id", new BsonDocument(new BsonElement("$in", spellings)))))));
        await using var cursor = await _collection.FindAsync(filter, null, cancellationToken).ConfigureAwait(false);
        await foreach (var document in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // An _id match counts only when the document has no descriptor.uri of its own (§2.6 collision rule).
            if (AppDocument.UriOf(document) == uri && AppDocument.IsEnabled(document))
            {
                return document;
            }
        }

        return null;
    }
}
