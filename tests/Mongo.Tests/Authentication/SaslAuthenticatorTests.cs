using Serverless.Bson;

namespace Serverless.Mongo.Tests.Authentication;

public sealed class SaslAuthenticatorTests
{
    [Theory]
    [InlineData("SCRAM-SHA-1")]
    [InlineData("SCRAM-SHA-256")]
    public async Task AuthenticateAsync_completes_against_the_server_session_in_two_round_trips(string mechanism)
    {
        var algorithm = ScramAlgorithm.FromMechanismName(mechanism);
        var session = SessionWithUser("admin", "alice", "secret");
        var channel = new ServerSessionChannel(session);

        await new SaslAuthenticator(new ScramClient(algorithm, "alice", "secret"), "admin").AuthenticateAsync(channel, CancellationToken.None);

        channel.Commands.Select(c => c.Names.First()).ShouldBe(["saslStart", "saslContinue"]);
        session.AuthenticatedUsername.ShouldBe("alice");
        session.AuthenticatedDatabase.ShouldBe("admin");
    }

    [Fact]
    public async Task AuthenticateAsync_reports_the_servers_AuthenticationFailed_for_a_wrong_password()
    {
        var session = SessionWithUser("admin", "alice", "secret");
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "alice", "guess"), "admin");

        var error = await Should.ThrowAsync<MongoAuthenticationException>(() => authenticator.AuthenticateAsync(new ServerSessionChannel(session), CancellationToken.None));
        error.Code.ShouldBe(18);
        error.CodeName.ShouldBe("AuthenticationFailed");
        error.Message.ShouldContain("saslContinue failed: Authentication failed.");
        session.AuthenticatedUsername.ShouldBeNull();
    }

    [Fact]
    public async Task AuthenticateAsync_uses_the_source_database()
    {
        var session = SessionWithUser("app", "alice", "secret");
        var channel = new ServerSessionChannel(session);
        await new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "alice", "secret"), "app").AuthenticateAsync(channel, CancellationToken.None);
        session.AuthenticatedDatabase.ShouldBe("app");

        var wrongDatabase = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "alice", "secret"), "admin");
        await Should.ThrowAsync<MongoAuthenticationException>(() => wrongDatabase.AuthenticateAsync(new ServerSessionChannel(SessionWithUser("app", "alice", "secret")), CancellationToken.None));
    }

    [Fact]
    public void CreateSaslStartCommand_asks_the_server_to_skip_the_empty_exchange()
    {
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "user", "pencil", nonceGenerator: new FixedNonceGenerator("abc")), "admin");
        var command = authenticator.CreateSaslStartCommand();

        command.Names.ShouldBe(["saslStart", "mechanism", "payload", "options"]);
        command["mechanism"].AsString.ShouldBe("SCRAM-SHA-256");
        command["options"].ShouldBe(new BsonDocument(new BsonElement("skipEmptyExchange", true)));
        ((BsonBinary)command["payload"]).Data.ToArray().ShouldBe("n,,n=user,r=abc"u8.ToArray());
    }

    [Fact]
    public async Task Speculative_authentication_finishes_with_one_saslContinue()
    {
        var session = SessionWithUser("admin", "alice", "secret");
        var nonces = new FixedNonceGenerator("clientNonce123");
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "alice", "secret", nonceGenerator: nonces), "admin");

        var speculative = authenticator.CreateSpeculativeAuthenticateDocument();
        speculative["db"].AsString.ShouldBe("admin");
        speculative["saslStart"].ShouldBe((BsonValue)1);
        var helloReply = session.HandleSpeculativeAuthenticate(speculative);
        helloReply.ShouldNotBeNull();
        helloReply.Contains("ok").ShouldBeFalse();

        var channel = new ServerSessionChannel(session);
        await authenticator.AuthenticateAsync(channel, helloReply, CancellationToken.None);

        channel.Commands.Select(c => c.Names.First()).ShouldBe(["saslContinue"]);
        session.AuthenticatedUsername.ShouldBe("alice");
        nonces.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Speculative_authentication_falls_back_to_saslStart_with_the_same_first_message_when_the_server_declines()
    {
        var session = SessionWithUser("admin", "alice", "secret");
        var nonces = new FixedNonceGenerator("clientNonce123");
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "alice", "secret", nonceGenerator: nonces), "admin");
        var speculative = authenticator.CreateSpeculativeAuthenticateDocument();

        var channel = new ServerSessionChannel(session);
        await authenticator.AuthenticateAsync(channel, speculativeAuthenticateReply: null, CancellationToken.None);

        channel.Commands[0]["payload"].ShouldBe(speculative["payload"]);
        session.AuthenticatedUsername.ShouldBe("alice");
        nonces.Calls.ShouldBe(1);
    }

    [Fact]
    public void Server_declines_a_speculative_attempt_for_an_unknown_user_by_omitting_the_reply()
    {
        var authenticator = new SaslAuthenticator(new ScramClient(ScramAlgorithm.Sha256, "mallory", "x"), "admin");
        SessionWithUser("admin", "alice", "secret").HandleSpeculativeAuthenticate(authenticator.CreateSpeculativeAuthenticateDocument()).ShouldBeNull();
    }

    [Fact]
    public async Task AuthenticateAsync_sends_the_empty_exchange_when_the_server_does_not_skip_it()
    {
        var first = new ScramClient(ScramAlgorithm.Sha256, "user", "pencil", nonceGenerator: new FixedNonceGenerator("rOprNGfwEbeRWgbNEkqO"));
        var channel = new ScriptedSaslChannel(
            Reply(1, "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", done: false),
            Reply(1, "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=", done: false),
            Reply(1, string.Empty, done: true));

        await new SaslAuthenticator(first, "admin").AuthenticateAsync(channel, CancellationToken.None);

        channel.Sent.Count.ShouldBe(3);
        ((BsonBinary)channel.Sent[2].Command["payload"]).Data.Length.ShouldBe(0);
        channel.Sent.ShouldAllBe(s => s.Database == "admin");
    }

    [Fact]
    public async Task AuthenticateAsync_rejects_a_server_that_says_done_before_the_client_verified_it()
    {
        var channel = new ScriptedSaslChannel(Reply(1, "r=abcdef,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", done: true));
        var client = new ScramClient(ScramAlgorithm.Sha256, "user", "pencil", nonceGenerator: new FixedNonceGenerator("abc"));
        (await Should.ThrowAsync<MongoAuthenticationException>(() => new SaslAuthenticator(client, "admin").AuthenticateAsync(channel, CancellationToken.None)))
            .Message.ShouldContain("ended the SCRAM-SHA-256 conversation before the client verified it");
    }

    [Fact]
    public async Task AuthenticateAsync_rejects_a_reply_for_another_conversation()
    {
        var channel = new ScriptedSaslChannel(
            Reply(1, "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", done: false),
            Reply(2, "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=", done: true));
        var client = new ScramClient(ScramAlgorithm.Sha256, "user", "pencil", nonceGenerator: new FixedNonceGenerator("rOprNGfwEbeRWgbNEkqO"));
        (await Should.ThrowAsync<MongoAuthenticationException>(() => new SaslAuthenticator(client, "admin").AuthenticateAsync(channel, CancellationToken.None)))
            .Message.ShouldContain("belongs to conversation 2, not 1");
    }

    [Theory]
    [InlineData("""{"conversationId": 1, "done": false, "ok": 1}""", "has no payload")]
    [InlineData("""{"conversationId": 1, "payload": "text", "done": false, "ok": 1}""", "payload of type String")]
    [InlineData("""{"payload": {"$binary": {"base64": "", "subType": "00"}}, "done": false, "ok": 1}""", "has no conversationId")]
    [InlineData("""{"conversationId": 1, "payload": {"$binary": {"base64": "", "subType": "00"}}, "ok": 1}""", "has no boolean 'done' field")]
    [InlineData("""{"ok": 0, "errmsg": "Unsupported mechanism", "code": 334, "codeName": "MechanismUnavailable"}""", "saslStart failed: Unsupported mechanism (code 334, MechanismUnavailable)")]
    public async Task AuthenticateAsync_rejects_a_malformed_or_failed_reply(string replyJson, string expectedError)
    {
        var channel = new ScriptedSaslChannel(ExtendedJson.ParseDocument(replyJson));
        var client = new ScramClient(ScramAlgorithm.Sha256, "user", "pencil");
        (await Should.ThrowAsync<MongoAuthenticationException>(() => new SaslAuthenticator(client, "admin").AuthenticateAsync(channel, CancellationToken.None)))
            .Message.ShouldContain(expectedError);
    }

    private static SaslServerSession SessionWithUser(string database, string username, string password)
    {
        var store = new ScramCredentialStore();
        store.AddUser(database, username, password);
        return new SaslServerSession(store);
    }

    private static BsonDocument Reply(int conversationId, string payload, bool done) =>
    [
        new("conversationId", conversationId),
        new("payload", new BsonBinary(System.Text.Encoding.UTF8.GetBytes(payload))),
        new("done", done),
        new("ok", 1.0),
    ];
}
