using Serverless.Bson;

namespace Serverless.Mongo.Benchmarks;

/// <summary>
/// The operations timed against the Node driver, through our <see cref="MongoClient"/>, on sample_mflix.movies:
/// the same filters, limits and id order as js/bench.mjs.
/// </summary>
internal sealed class ClientWorkload
{
    private readonly MongoCollection _movies;
    private readonly IReadOnlyList<BsonValue> _ids;
    private int _next = -1;

    private ClientWorkload(MongoCollection movies, IReadOnlyList<BsonValue> ids)
    {
        _movies = movies;
        _ids = ids;
    }

    public int MovieCount => _ids.Count;

    /// <summary>Reads every movie's _id in _id order, as the Node side does.</summary>
    /// <exception cref="InvalidOperationException">The collection is empty (the server was started without the seed).</exception>
    public static async Task<ClientWorkload> CreateAsync(MongoClient client, CancellationToken cancellationToken)
    {
        var movies = client.GetDatabase("sample_mflix").GetCollection("movies");
        var options = new FindOptions { Projection = [new("_id", 1)], Sort = [new("_id", 1)] };
        var ids = (await CursorReader.FindAllAsync(movies, BsonDocument.Empty, options, cancellationToken).ConfigureAwait(false)).Select(d => d["_id"]).ToList();
        return ids.Count > 0
            ? new ClientWorkload(movies, ids)
            : throw new InvalidOperationException("sample_mflix.movies is empty: start the server with the seed folder");
    }

    /// <summary>find {_id} limit 1, cycling through the ids (Node: findOne({ _id })).</summary>
    public async Task FindByIdAsync(CancellationToken cancellationToken)
    {
        var id = _ids[(int)((uint)Interlocked.Increment(ref _next) % (uint)_ids.Count)];
        var found = (await CursorReader.FindAllAsync(_movies, new BsonDocument([new("_id", id)]), new FindOptions { Limit = 1 }, cancellationToken).ConfigureAwait(false)).Count;
        if (found != 1)
        {
            throw new InvalidOperationException($"find by _id {id} read {found} documents");
        }
    }

    /// <summary>find {} limit 100, every document read (Node: find({}, { limit: 100 }).toArray()).</summary>
    public async Task FindManyAsync(CancellationToken cancellationToken)
    {
        var found = (await CursorReader.FindAllAsync(_movies, BsonDocument.Empty, new FindOptions { Limit = LoadPlan.FindManyLimit }, cancellationToken).ConfigureAwait(false)).Count;
        if (found != LoadPlan.FindManyLimit)
        {
            throw new InvalidOperationException($"find limit {LoadPlan.FindManyLimit} read {found} documents");
        }
    }
}
