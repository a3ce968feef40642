using Serverless.Functions.Tests.Support;
using Serverless.Mongo;

namespace Serverless.TimeLimit.Benchmarks;

/// <summary>
/// The app the benchmark times: tests/Functions.Tests' <see cref="TestApps.Slow"/> (linked, so the benchmark and the
/// 408 tests time the same slow fields: an unwinding aggregation mapping, a find whose $expr builds a
/// 3-million-element array per document, and a batched DataLoader field running that $expr), over its generated data.
/// </summary>
internal static class SlowApp
{
    public const string Database = TestApps.Database;
    public const string Uri = "slow";

    /// <summary>The GraphQL requests, by name.</summary>
    public static IReadOnlyList<(string Name, string Query)> Queries { get; } =
    [
        ("aggregation", "{ aggregation { _id n } }"),
        ("find", "{ find { _id n } }"),
        ("batched", "{ parents { _id children { _id ref } } }"),
    ];

    public static async Task SeedAsync(MongoClient client, CancellationToken cancellationToken)
    {
        var database = client.GetDatabase(Database);
        await database.GetCollection("big").InsertManyAsync(TestApps.BigData(), null, cancellationToken).ConfigureAwait(false);
        await database.GetCollection("parents").InsertManyAsync(TestApps.ParentsData(), null, cancellationToken).ConfigureAwait(false);
        await database.GetCollection("slowchildren").InsertManyAsync(TestApps.SlowChildrenData(), null, cancellationToken).ConfigureAwait(false);
        await client.GetDatabase(TestApps.DefinitionsDb).GetCollection(TestApps.DefinitionsCollection)
            .InsertManyAsync([TestApps.Slow(Uri)], null, cancellationToken).ConfigureAwait(false);
    }
}
