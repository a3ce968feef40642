using Serverless.Bson;
using Serverless.Mongo;

namespace Serverless.Functions.Sample;

/// <summary>
/// The local default's content: the generated sample in <c>sample_mflix</c> and the seed-002 MFlix app (an embedded
/// resource of this assembly) in the definitions collection. Only ever run against the embedded server.
/// </summary>
public static class MflixSampleInstaller
{
    public const string AppUri = "mflix";

    private const string AppResource = "Serverless.Functions.Sample.mflix-app.json";

    /// <summary>The MFlix app definition of seed 002 (with <c>_id</c> "mflix" so installing twice replaces it).</summary>
    public static BsonDocument LoadAppDefinition()
    {
        using var stream = typeof(MflixSampleInstaller).Assembly.GetManifestResourceStream(AppResource)
            ?? throw new InvalidOperationException($"The resource {AppResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return ExtendedJson.ParseDocument(reader.ReadToEnd());
    }

    public static async Task InstallAsync(MongoClient client, string definitionsDb, string definitionsCollection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var sample = MflixSampleGenerator.Generate();
        var database = client.GetDatabase(MflixSample.Database);
        await ReplaceAllAsync(database.GetCollection("movies"), sample.Movies, cancellationToken).ConfigureAwait(false);
        await ReplaceAllAsync(database.GetCollection("comments"), sample.Comments, cancellationToken).ConfigureAwait(false);
        await ReplaceAllAsync(database.GetCollection("users"), sample.Users, cancellationToken).ConfigureAwait(false);
        await ReplaceAllAsync(database.GetCollection("theaters"), sample.Theaters, cancellationToken).ConfigureAwait(false);

        var app = LoadAppDefinition();
        await client.GetDatabase(definitionsDb).GetCollection(definitionsCollection)
            .ReplaceOneAsync(new BsonDocument(new BsonElement("_id", app["_id"])), app, new ReplaceOptions { Upsert = true }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task ReplaceAllAsync(MongoCollection collection, IReadOnlyList<BsonDocument> documents, CancellationToken cancellationToken)
    {
        await collection.DeleteManyAsync(BsonDocument.Empty, null, cancellationToken).ConfigureAwait(false);
        await collection.InsertManyAsync(documents, null, cancellationToken).ConfigureAwait(false);
    }
}
