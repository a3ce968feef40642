using Serverless.Bson;
using Serverless.TestSupport;

namespace Serverless.Mongo.Embedded.Tests.Hosting;

/// <summary>The embedded server with users configured: SCRAM authentication and mongod's refusals before it.</summary>
public sealed class ServerAuthenticationTests : ServerTestBase
{
    protected override EmbeddedMongoServerOptions Options => new()
    {
        Users = [new EmbeddedMongoUser("app", "s3cret"), new EmbeddedMongoUser("reporter", "pa:ss", Database: "reports")],
    };

    [Theory]
    [InlineData("")]
    [InlineData("&authMechanism=SCRAM-SHA-256")]
    [InlineData("&authMechanism=SCRAM-SHA-1")]
    public async Task Our_client_with_credentials_authenticates_and_runs_commands(string mechanism)
    {
        await using var client = new MongoClient($"mongodb://app:s3cret@127.0.0.1:{Server.Port}/?authSource=admin{mechanism}");
        var movies = client.GetDatabase("films").GetCollection("movies");

        await movies.InsertOneAsync(new BsonDocument([new("_id", 1), new("title", "Heat")]));

        (await movies.CountDocumentsAsync(BsonDocument.Empty)).ShouldBe(1);
    }

    [Fact]
    public async Task A_user_authenticates_against_its_own_database()
    {
        await using var client = new MongoClient($"mongodb://reporter:pa%3Ass@127.0.0.1:{Server.Port}/?authSource=reports");

        var reply = await client.GetDatabase("reports").RunCommandAsync(new BsonDocument([new("listCollections", 1)]));

        reply["ok"].ShouldBe((BsonValue)1.0);
    }

    [Theory]
    [InlineData("app:wrong", "admin")]
    [InlineData("nobody:s3cret", "admin")]
    [InlineData("app:s3cret", "films")]
    public async Task Bad_credentials_fail_with_AuthenticationFailed(string credentials, string source)
    {
        await using var client = new MongoClient($"mongodb://{credentials}@127.0.0.1:{Server.Port}/?authSource={source}&authMechanism=SCRAM-SHA-256");

        var error = await Should.ThrowAsync<MongoAuthenticationException>(() => client.GetDatabase("films").RunCommandAsync(new BsonDocument([new("ping", 1)])));

        error.Code.ShouldBe(18);
        error.CodeName.ShouldBe("AuthenticationFailed");
        error.Message.ShouldContain("Authentication failed.");
    }

    [Theory]
    [InlineData("find")]
    [InlineData("insert")]
    [InlineData("listDatabases")]
    [InlineData("endSessions")]
    public async Task Commands_before_authentication_fail_with_Unauthorized(string command)
    {
        await using var wire = await WireClient.ConnectAsync(Server);

        var reply = await wire.RunAsync(new BsonDocument([new(command, "movies")]));

        reply["ok"].ShouldBe((BsonValue)0.0);
        reply["code"].ShouldBe((BsonValue)13);
        reply["codeName"].ShouldBe((BsonValue)"Unauthorized");
        reply["errmsg"].ShouldBe((BsonValue)$"Command {command} requires authentication");
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("isMaster")]
    [InlineData("ping")]
    [InlineData("buildInfo")]
    public async Task Handshake_ping_and_buildInfo_need_no_authentication(string command)
    {
        await using var wire = await WireClient.ConnectAsync(Server);

        var reply = await wire.RunAsync(new BsonDocument([new(command, 1), new("$db", "admin")]));

        reply["ok"].ShouldBe((BsonValue)1.0);
    }

    [Fact]
    public async Task An_unknown_command_is_CommandNotFound_even_before_authentication()
    {
        await using var wire = await WireClient.ConnectAsync(Server);

        var reply = await wire.RunAsync(new BsonDocument([new("frobnicate", 1)]));

        reply["code"].ShouldBe((BsonValue)59);
    }

    [Fact]
    public async Task Hello_lists_the_users_mechanisms_and_omits_them_for_unknown_users()
    {
        await using var wire = await WireClient.ConnectAsync(Server);

        var known = await wire.RunAsync(new BsonDocument([new("hello", 1), new("saslSupportedMechs", "admin.app"), new("$db", "admin")]));
        var unknown = await wire.RunAsync(new BsonDocument([new("hello", 1), new("saslSupportedMechs", "admin.nobody"), new("$db", "admin")]));

        known["saslSupportedMechs"].ShouldBe(new BsonArray(["SCRAM-SHA-1", "SCRAM-SHA-256"]));
        known.Names.Last().ShouldBe("ok");
        unknown.Contains("saslSupportedMechs").ShouldBeFalse();
    }

    [Fact]
    public async Task SaslStart_and_saslContinue_authenticate_the_connection_until_logout()
    {
        await using var wire = await WireClient.ConnectAsync(Server);
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "app", "s3cret"), "admin");

        await authenticator.AuthenticateAsync(new WireSaslChannel(wire), CancellationToken.None);
        var allowed = await wire.RunAsync(new BsonDocument([new("find", "movies")]));
        var logout = await wire.RunAsync(new BsonDocument([new("logout", 1), new("$db", "admin")]));
        var refused = await wire.RunAsync(new BsonDocument([new("find", "movies")]));

        allowed["ok"].ShouldBe((BsonValue)1.0);
        logout["ok"].ShouldBe((BsonValue)1.0);
        refused["code"].ShouldBe((BsonValue)13);
    }

    [Fact]
    public async Task Speculative_authentication_in_hello_carries_the_first_SCRAM_step()
    {
        await using var wire = await WireClient.ConnectAsync(Server);
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "app", "s3cret"), "admin");

        var hello = await wire.RunAsync(new BsonDocument(
            [new("hello", 1), new("speculativeAuthenticate", authenticator.CreateSpeculativeAuthenticateDocument()), new("$db", "admin")]));
        await authenticator.AuthenticateAsync(new WireSaslChannel(wire), hello["speculativeAuthenticate"].AsDocument, CancellationToken.None);
        var allowed = await wire.RunAsync(new BsonDocument([new("find", "movies")]));

        hello["speculativeAuthenticate"].AsDocument["conversationId"].ShouldBe((BsonValue)1);
        allowed["ok"].ShouldBe((BsonValue)1.0);
    }

    [Fact]
    public async Task Without_users_every_command_runs_unauthenticated_and_saslStart_fails()
    {
        await using var server = await EmbeddedMongoServer.StartAsync(new EmbeddedMongoServerOptions(), CancellationToken.None);
        await using var wire = await WireClient.ConnectAsync(server);
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "app", "s3cret"), "admin");

        var find = await wire.RunAsync(new BsonDocument([new("find", "movies")]));
        var error = await Should.ThrowAsync<MongoAuthenticationException>(() => authenticator.AuthenticateAsync(new WireSaslChannel(wire), CancellationToken.None));

        find["ok"].ShouldBe((BsonValue)1.0);
        error.Code.ShouldBe(18);
    }

    [OracleFact]
    public async Task Node_driver_authenticates_with_scram_and_is_refused_without_credentials()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var host = $"127.0.0.1:{Server.Port}";

        var output = await NodeOracle.RunAsync("node-driver-auth.mjs", string.Empty, timeout.Token,
            $"mongodb://app:s3cret@{host}/", $"mongodb://app:s3cret@{host}/?authMechanism=SCRAM-SHA-1", $"mongodb://app:wrong@{host}/", $"mongodb://{host}/");

        output.Trim().Split('\n').ShouldBe(
        [
            "default: ok 1, inserted 1",
            "SCRAM-SHA-1: ok 1, inserted 1",
            "wrong password: MongoServerError 18 AuthenticationFailed Authentication failed.",
            "no credentials, ping: ok 1",
            "no credentials, find: MongoServerError 13 Unauthorized Command find requires authentication",
        ]);
    }

    /// <summary>Runs the SASL commands of <see cref="SaslAuthenticator"/> over a raw wire connection.</summary>
    private sealed class WireSaslChannel(WireClient wire) : ISaslCommandChannel
    {
        public Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken) =>
            wire.RunAsync(command.With("$db", database));
    }
}
