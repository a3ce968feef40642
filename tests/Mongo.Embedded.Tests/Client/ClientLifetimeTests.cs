using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

/// <summary>The client owns its background work: disposing it stops the monitors and closes every connection.</summary>
public sealed class ClientLifetimeTests
{
    [Fact]
    public async Task Dispose_stops_the_monitor_and_closes_every_connection()
    {
        await using var server = new ScriptedServer((_, request) => Task.FromResult<BsonDocument?>(request[0].Name == "hello"
            ? ScriptedServer.Ok([.. ScriptedServer.StandaloneHello()])
            : ScriptedServer.Ok()));
        var client = new MongoClient($"mongodb://{server.Address}/?heartbeatFrequencyMS=500");
        await client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)]));

        await client.DisposeAsync();

        var accepted = server.Accepted;
        accepted.Count.ShouldBeGreaterThanOrEqualTo(2);
        accepted.ShouldContain(connection => connection.Commands.TrueForAll(name => name == "hello"));
        await Task.WhenAll(accepted.Select(connection => connection.ClientClosed.Task));
        await Should.ThrowAsync<ObjectDisposedException>(() => client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)])));
    }
}
