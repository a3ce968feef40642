using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;
using Serverless.Core.Compilation;
using Serverless.Mongo;
using Serverless.Mongo.Embedded;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Compilation;

/// <summary>
/// An embedded server holding RESTHeart's GraphQL test data (../shared/specs/restheart; the JSON arrays are the
/// data) in the databases and collections their app definitions map, plus a client whose reads are counted.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public sealed class RestheartDataServer : IAsyncLifetime
{
    public const string Folder = "specs/restheart";

    private static readonly (string File, string Database, string Collection)[] Data =
    [
        ("basic/data1.json", "test-graphql", "users"),
        ("basic/data2.json", "test-graphql", "posts"),
        ("enum-union-interface/test-data.json", "test-graphql", "courses"),
        ("field-to-aggregation/fta-posts.json", "test-graphql", "posts-fta"),
        ("field-to-aggregation/fta-user.json", "test-graphql", "users-fta"),
    ];

    private EmbeddedMongoServer? _server;
    private MongoClient? _client;

    internal CommandCounter Commands { get; } = new();

    public MongoClient Client => _client ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions { Port = 0 }, CancellationToken.None);
        _client = new MongoClient(_server.ConnectionString) { CommandObserver = Commands };
        if (RepositoryLayout.SkipReasonForMissingShared(Folder) is not null)
        {
            return;
        }

        foreach (var (file, database, collection) in Data)
        {
            var documents = ExtendedJson.Parse(await File.ReadAllTextAsync(RepositoryLayout.Shared($"{Folder}/{file}"))).AsArray.Select(value => value.AsDocument);
            await InsertAsync(database, collection, documents);
        }
    }

    public async Task InsertAsync(string database, string collection, IEnumerable<BsonDocument> documents) =>
        await Client.GetDatabase(database).GetCollection(collection).InsertManyAsync(documents);

    public static BsonDocument Definition(string file) =>
        ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared($"{Folder}/{file}")));

    public CompiledApp Compile(BsonDocument definition, CoreOptions? options = null)
    {
        var result = new AppCompiler(Client, options ?? new CoreOptions()).Compile(definition);
        result.Error.ShouldBeNull();
        return result.App!;
    }

    public CompiledApp Compile(string file, CoreOptions? options = null) => Compile(Definition(file), options);

    public static async Task<AppExecutionResult> RunAsync(CompiledApp app, string query, IReadOnlyDictionary<string, object?>? variables = null, BsonDocument? user = null) =>
        await app.ExecuteAsync(new AppRequest { Query = query, Variables = variables, User = user }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            _client.CommandObserver = null;
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
