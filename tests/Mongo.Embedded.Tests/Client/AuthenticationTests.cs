using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Client;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Credentials_in_the_connection_string_authenticate_with_scram_after_hello()
    {
        await using var server = new ScramServer("app", "s3cret");
        await using var client = new MongoClient($"mongodb://app:s3cret@127.0.0.1:{server.Port}/?authSource=admin");

        var reply = await client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)]));

        reply["ok"].ShouldBe((BsonValue)1.0);
        server.AuthenticatedUsername.ShouldBe("app");
        server.ApplicationConnections.ShouldHaveSingleItem().ShouldBe(["hello", "saslStart", "saslContinue", "ping"], ignoreOrder: false);

        // The monitor's connection runs hello only: SDAM monitoring connections do not authenticate.
        server.HelloOnlyConnections.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Wrong_password_fails_the_checkout_with_an_authentication_error()
    {
        await using var server = new ScramServer("app", "s3cret");
        await using var client = new MongoClient($"mongodb://app:wrong@127.0.0.1:{server.Port}/?authSource=admin");

        await Should.ThrowAsync<MongoAuthenticationException>(() => client.GetDatabase("app").RunCommandAsync(new BsonDocument([new("ping", 1)])));

        server.AuthenticatedUsername.ShouldBeNull();
        client.GetConnectionPool(client.Topology.Servers[0].Address).ShouldNotBeNull().CheckedOutCount.ShouldBe(0);
    }
}
