namespace Serverless.Mongo.Tests.Authentication;

public sealed class MongoCredentialAuthenticationTests
{
    [Fact]
    public void A_credential_without_mechanism_asks_hello_for_saslSupportedMechs() =>
        MongoCredentialAuthentication.SaslSupportedMechsRequest(Credential("mongodb://alice:pw@localhost/app")).ShouldBe("app.alice");

    [Fact]
    public void A_credential_with_a_mechanism_does_not_ask_for_saslSupportedMechs() =>
        MongoCredentialAuthentication.SaslSupportedMechsRequest(Credential("mongodb://alice:pw@localhost/?authMechanism=SCRAM-SHA-1")).ShouldBeNull();

    [Fact]
    public void Speculative_authentication_defaults_to_SCRAM_SHA_256()
    {
        var authenticator = MongoCredentialAuthentication.CreateSpeculative(Credential("mongodb://alice:pw@localhost/app"));
        authenticator.MechanismName.ShouldBe("SCRAM-SHA-256");
        authenticator.Source.ShouldBe("app");
        authenticator.CreateSpeculativeAuthenticateDocument()["db"].AsString.ShouldBe("app");
    }

    [Theory]
    [InlineData(new[] { "SCRAM-SHA-256", "SCRAM-SHA-1" }, "SCRAM-SHA-256")]
    [InlineData(new[] { "SCRAM-SHA-1" }, "SCRAM-SHA-1")]
    public void Create_negotiates_from_the_hello_reply(string[] saslSupportedMechs, string expected) =>
        MongoCredentialAuthentication.Create(Credential("mongodb://alice:pw@localhost"), saslSupportedMechs).MechanismName.ShouldBe(expected);

    [Fact]
    public void Create_keeps_the_mechanism_the_connection_string_names() =>
        MongoCredentialAuthentication.Create(Credential("mongodb://alice:pw@localhost/?authMechanism=SCRAM-SHA-1"), ["SCRAM-SHA-256"]).MechanismName.ShouldBe("SCRAM-SHA-1");

    [Fact]
    public void Create_rejects_mechanisms_this_client_does_not_implement() =>
        Should.Throw<MongoAuthenticationException>(() => MongoCredentialAuthentication.Create(Credential("mongodb://alice:pw@localhost/?authMechanism=PLAIN"), null))
            .Message.ShouldContain("PLAIN is not supported");

    [Fact]
    public async Task A_negotiated_authenticator_signs_in_to_the_server_session()
    {
        var store = new ScramCredentialStore();
        store.AddUser("app", "alice", "pw");
        var session = new SaslServerSession(store);
        var credential = Credential("mongodb://alice:pw@localhost/app");

        var authenticator = MongoCredentialAuthentication.Create(credential, store.GetMechanismNames("app", "alice"));
        await authenticator.AuthenticateAsync(new ServerSessionChannel(session), CancellationToken.None);

        session.AuthenticatedUsername.ShouldBe("alice");
    }

    private static MongoCredential Credential(string uri) => ConnectionString.Parse(uri).Credential.ShouldNotBeNull();
}
