using Serverless.Bson;

namespace Serverless.Mongo.Tests.Authentication;

public sealed class SaslServerSessionTests
{
    [Fact]
    public void SaslStart_with_an_unknown_mechanism_fails_with_MechanismUnavailable()
    {
        var reply = Session().HandleSaslStart("admin", Command("saslStart", new BsonElement("mechanism", "PLAIN"), Payload("x")));
        reply["ok"].ShouldBe((BsonValue)0.0);
        reply["code"].ShouldBe((BsonValue)334);
        reply["codeName"].AsString.ShouldBe("MechanismUnavailable");
    }

    [Fact]
    public void SaslStart_without_a_payload_is_a_BadValue()
    {
        var reply = Session().HandleSaslStart("admin", Command("saslStart", new BsonElement("mechanism", "SCRAM-SHA-256")));
        reply["code"].ShouldBe((BsonValue)2);
        reply["errmsg"].AsString.ShouldContain("saslStart needs a 'payload' field");
    }

    [Fact]
    public void SaslStart_for_an_unknown_user_fails_with_AuthenticationFailed()
    {
        var reply = Session().HandleSaslStart("admin", Command("saslStart", new BsonElement("mechanism", "SCRAM-SHA-256"), Payload("n,,n=nobody,r=abc")));
        reply.ShouldBe(new BsonDocument(
            new BsonElement("ok", 0.0),
            new BsonElement("errmsg", "Authentication failed."),
            new BsonElement("code", 18),
            new BsonElement("codeName", "AuthenticationFailed")));
    }

    [Fact]
    public void SaslContinue_without_saslStart_fails()
    {
        var reply = Session().HandleSaslContinue("admin", Command("saslContinue", new BsonElement("conversationId", 1), Payload("c=biws")));
        reply["code"].ShouldBe((BsonValue)18);
        reply["errmsg"].AsString.ShouldContain("saslContinue without a saslStart");
    }

    [Fact]
    public void SaslContinue_for_another_conversation_fails()
    {
        var session = Session();
        var start = session.HandleSaslStart("admin", Command("saslStart", new BsonElement("mechanism", "SCRAM-SHA-256"), Payload("n,,n=alice,r=abc")));
        start["conversationId"].ShouldBe((BsonValue)1);

        var reply = session.HandleSaslContinue("admin", Command("saslContinue", new BsonElement("conversationId", 7), Payload("c=biws")));
        reply["errmsg"].AsString.ShouldContain("names conversation 7 on 'admin', but the active one is 1");
    }

    [Fact]
    public void Each_saslStart_gets_a_new_conversation_id()
    {
        var session = Session();
        var command = Command("saslStart", new BsonElement("mechanism", "SCRAM-SHA-256"), Payload("n,,n=alice,r=abc"));
        session.HandleSaslStart("admin", command)["conversationId"].ShouldBe((BsonValue)1);
        session.HandleSaslStart("admin", command)["conversationId"].ShouldBe((BsonValue)2);
    }

    [Fact]
    public void SaslSupportedMechs_lists_the_users_mechanisms_and_splits_at_the_first_dot()
    {
        var store = new ScramCredentialStore();
        store.AddUser("admin", "alice.smith", "pw", ScramAlgorithm.Sha256);
        var session = new SaslServerSession(store);

        session.GetSaslSupportedMechs("admin.alice.smith").ShouldBe(new BsonArray("SCRAM-SHA-256"));
        session.GetSaslSupportedMechs("admin.nobody").ShouldBeNull();
        session.GetSaslSupportedMechs("nodot").ShouldBeNull();
        session.GetSaslSupportedMechs("admin.").ShouldBeNull();
    }

    private static SaslServerSession Session()
    {
        var store = new ScramCredentialStore();
        store.AddUser("admin", "alice", "secret");
        return new SaslServerSession(store);
    }

    private static BsonElement Payload(string text) => new("payload", new BsonBinary(System.Text.Encoding.UTF8.GetBytes(text)));

    private static BsonDocument Command(string name, params BsonElement[] fields) => new([new BsonElement(name, 1), .. fields]);
}
