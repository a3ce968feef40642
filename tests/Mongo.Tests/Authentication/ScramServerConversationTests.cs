using System.Text;

namespace Serverless.Mongo.Tests.Authentication;

public sealed class ScramServerConversationTests
{
    // RFC 7677 section 3, seen from the server: its nonce part, salt and iteration count.
    private const string ClientFirst = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    private const string ServerNonce = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private const string ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private const string ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private const string ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    [Fact]
    public void Server_reproduces_the_RFC_7677_exchange_and_authenticates_the_user()
    {
        var server = Rfc7677Server();
        Text(server.ProcessClientFirst(Bytes(ClientFirst))).ShouldBe(ServerFirst);
        server.IsComplete.ShouldBeFalse();

        Text(server.ProcessClientFinal(Bytes(ClientFinal))).ShouldBe(ServerFinal);
        server.IsComplete.ShouldBeTrue();
        server.AuthenticatedUsername.ShouldBe("user");
    }

    [Fact]
    public void Server_rejects_a_wrong_proof_with_the_generic_AuthenticationFailed_error()
    {
        var server = Rfc7677Server();
        server.ProcessClientFirst(Bytes(ClientFirst));
        var wrongProof = ClientFinal[..ClientFinal.IndexOf("p=", StringComparison.Ordinal)] + "p=" + Convert.ToBase64String(new byte[32]);

        var error = Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFinal(Bytes(wrongProof)));
        error.Code.ShouldBe(18);
        error.CodeName.ShouldBe("AuthenticationFailed");
        error.Message.ShouldBe("Authentication failed.");
        server.AuthenticatedUsername.ShouldBeNull();
    }

    [Fact]
    public void Server_rejects_the_proof_of_a_wrong_password()
    {
        var client = new ScramClient(ScramAlgorithm.Sha256, "user", "not-pencil", nonceGenerator: new FixedNonceGenerator("rOprNGfwEbeRWgbNEkqO"));
        var server = Rfc7677Server();
        var final = client.Start().Receive(server.ProcessClientFirst(Bytes(ClientFirst)));
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFinal(final.Payload.Span)).Code.ShouldBe(18);
    }

    [Fact]
    public void Server_checks_a_proof_only_once()
    {
        var server = Rfc7677Server();
        server.ProcessClientFirst(Bytes(ClientFirst));
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFinal(Bytes("c=biws,r=wrong,p=AAAA")));
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFinal(Bytes(ClientFinal))).Message.ShouldContain("not waiting for a client-final message");
    }

    [Fact]
    public void Server_fails_an_unknown_user_without_saying_so()
    {
        var error = Should.Throw<MongoAuthenticationException>(() => Rfc7677Server().ProcessClientFirst(Bytes("n,,n=nobody,r=abc")));
        error.Message.ShouldBe("Authentication failed.");
        error.Code.ShouldBe(18);
    }

    [Fact]
    public void Server_does_not_find_a_user_configured_in_another_database()
    {
        var server = new ScramServerConversation(ScramAlgorithm.Sha256, "other", Rfc7677Store(), new FixedNonceGenerator(ServerNonce));
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFirst(Bytes(ClientFirst))).Message.ShouldBe("Authentication failed.");
    }

    [Theory]
    [InlineData("n=user,r=abc", "does not start with a gs2 header")]
    [InlineData("x,,n=user,r=abc", "channel binding flag 'x' is not supported")]
    [InlineData("p=tls-unique,,n=user,r=abc", "channel binding flag 'p=tls-unique' is not supported")]
    [InlineData("n,a=admin,n=user,r=abc", "authorization identity (a=) is not supported")]
    [InlineData("n", "does not start with a gs2 header")]
    [InlineData("n,,r=abc,n=user", "expected attribute 'n' at position 1 but found 'r'")]
    [InlineData("n,,n=user", "attribute 'r' is missing")]
    [InlineData("n,,n=,r=abc", "the username is empty")]
    [InlineData("n,,n=us=er,r=abc", "'=' at offset 2 must be followed by 2C or 3D")]
    [InlineData("n,,n=user,r=a b", "nonce must be non-empty printable ASCII")]
    [InlineData("n,,m=ext,n=user,r=abc", "unsupported mandatory extension")]
    public void Server_rejects_a_malformed_client_first_message(string clientFirst, string expectedError) =>
        Should.Throw<MongoAuthenticationException>(() => Rfc7677Server().ProcessClientFirst(Bytes(clientFirst))).Message.ShouldContain(expectedError);

    [Fact]
    public void Server_accepts_the_y_channel_binding_flag_when_the_final_message_echoes_it()
    {
        var server = Rfc7677Server();
        server.ProcessClientFirst(Bytes("y,,n=user,r=rOprNGfwEbeRWgbNEkqO"));

        // A proof for "c=biws" is not valid for a "y,," header: the server must check c= before the proof.
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFinal(Bytes(ClientFinal))).Message.ShouldContain("channel binding (c=) does not match");
    }

    [Theory]
    [InlineData("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,c=biws,p=AAAA", "expected attribute 'c' at position 1 but found 'r'")]
    [InlineData("c=biws,r=rOprNGfwEbeRWgbNEkqOother,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=", "nonce mismatch")]
    [InlineData("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0", "expected attribute 'p' at position 2 but found 'r'")]
    [InlineData("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=AAAA", "the proof must be a 32-byte value")]
    [InlineData("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=!!", "attribute 'p' is not valid base64")]
    public void Server_rejects_a_malformed_client_final_message(string clientFinal, string expectedError)
    {
        var server = Rfc7677Server();
        server.ProcessClientFirst(Bytes(ClientFirst));
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFinal(Bytes(clientFinal))).Message.ShouldContain(expectedError);
    }

    [Fact]
    public void Server_refuses_messages_out_of_order()
    {
        Should.Throw<MongoAuthenticationException>(() => Rfc7677Server().ProcessClientFinal(Bytes(ClientFinal))).Message.ShouldContain("not waiting for a client-final message");

        var server = Rfc7677Server();
        server.ProcessClientFirst(Bytes(ClientFirst));
        Should.Throw<MongoAuthenticationException>(() => server.ProcessClientFirst(Bytes(ClientFirst))).Message.ShouldContain("already received its client-first message");
    }

    [Fact]
    public void Server_authenticates_a_SCRAM_SHA_1_client_with_a_random_salt()
    {
        var store = new ScramCredentialStore();
        store.AddUser("admin", "alice", "secret", ScramAlgorithm.Sha1);
        var server = new ScramServerConversation(ScramAlgorithm.Sha1, "admin", store);
        var client = new ScramClient(ScramAlgorithm.Sha1, "alice", "secret");

        var first = client.Start();
        var final = first.Receive(server.ProcessClientFirst(first.Payload.Span));
        final.Receive(server.ProcessClientFinal(final.Payload.Span)).IsComplete.ShouldBeTrue();
        server.AuthenticatedUsername.ShouldBe("alice");
    }

    [Fact]
    public void Server_unescapes_a_username_with_comma_and_equals_before_looking_it_up()
    {
        var store = new ScramCredentialStore();
        store.AddUser("admin", "a,b=c", "pw", ScramAlgorithm.Sha256);
        var server = new ScramServerConversation(ScramAlgorithm.Sha256, "admin", store);
        var first = new ScramClient(ScramAlgorithm.Sha256, "a,b=c", "pw").Start();

        var final = first.Receive(server.ProcessClientFirst(first.Payload.Span));
        final.Receive(server.ProcessClientFinal(final.Payload.Span)).IsComplete.ShouldBeTrue();
        server.AuthenticatedUsername.ShouldBe("a,b=c");
    }

    [Fact]
    public void Server_accepts_an_equivalent_SASLprep_spelling_of_the_password()
    {
        // MongoDB Authentication spec, test plan step 4: a user created with "IX" signs in with "I\u00ADX".
        var store = new ScramCredentialStore();
        store.AddUser("admin", "IX", "IX", ScramAlgorithm.Sha256);
        var server = new ScramServerConversation(ScramAlgorithm.Sha256, "admin", store);
        var first = new ScramClient(ScramAlgorithm.Sha256, "IX", "I\u00ADX").Start();

        var final = first.Receive(server.ProcessClientFirst(first.Payload.Span));
        final.Receive(server.ProcessClientFinal(final.Payload.Span)).IsComplete.ShouldBeTrue();
    }

    private static ScramCredentialStore Rfc7677Store()
    {
        var store = new ScramCredentialStore();
        store.Add("admin", ScramStoredCredential.FromPassword(ScramAlgorithm.Sha256, "user", "pencil", Convert.FromBase64String("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096));
        return store;
    }

    private static ScramServerConversation Rfc7677Server() =>
        new(ScramAlgorithm.Sha256, "admin", Rfc7677Store(), new FixedNonceGenerator(ServerNonce));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] payload) => Encoding.UTF8.GetString(payload);
}
