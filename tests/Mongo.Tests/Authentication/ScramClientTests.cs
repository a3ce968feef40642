using System.Text;

namespace Serverless.Mongo.Tests.Authentication;

public sealed class ScramClientTests
{
    // RFC 7677 section 3: the SCRAM-SHA-256 example exchange for user "user", password "pencil".
    private const string Rfc7677ClientNonce = "rOprNGfwEbeRWgbNEkqO";
    private const string Rfc7677ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private const string Rfc7677ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private const string Rfc7677ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    [Fact]
    public void Client_reproduces_the_RFC_7677_SCRAM_SHA_256_exchange()
    {
        var first = Rfc7677Client().Start();
        Text(first.Payload).ShouldBe("n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        first.IsComplete.ShouldBeFalse();

        var final = first.Receive(Bytes(Rfc7677ServerFirst));
        Text(final.Payload).ShouldBe(Rfc7677ClientFinal);

        var done = final.Receive(Bytes(Rfc7677ServerFinal));
        done.IsComplete.ShouldBeTrue();
        done.Payload.Length.ShouldBe(0);
    }

    [Fact]
    public void Client_rejects_a_server_signature_that_does_not_match()
    {
        var final = Rfc7677Client().Start().Receive(Bytes(Rfc7677ServerFirst));
        var forged = "v=" + Convert.ToBase64String(new byte[32]);
        Should.Throw<MongoAuthenticationException>(() => final.Receive(Bytes(forged))).Message.ShouldContain("server signature mismatch");
    }

    [Fact]
    public void Client_rejects_a_server_nonce_that_does_not_extend_its_own()
    {
        var first = Rfc7677Client().Start();
        var error = Should.Throw<MongoAuthenticationException>(() => first.Receive(Bytes("r=someoneElse123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")));
        error.Message.ShouldContain("nonce mismatch");
        error.Code.ShouldBe(18);
    }

    [Fact]
    public void Client_rejects_a_server_nonce_equal_to_the_client_nonce() =>
        Should.Throw<MongoAuthenticationException>(() => Rfc7677Client().Start().Receive(Bytes("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")))
            .Message.ShouldContain("nonce mismatch");

    [Theory]
    [InlineData(4095)]
    [InlineData(1)]
    public void Client_rejects_an_iteration_count_below_4096(int iterations) =>
        Should.Throw<MongoAuthenticationException>(() => Rfc7677Client().Start().Receive(Bytes($"r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i={iterations}")))
            .Message.ShouldContain($"iteration count {iterations} is below the minimum of 4096");

    [Theory]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,i=4096,s=W22ZaJ0SNY7soEsUEjb6gQ==", "expected attribute 's' at position 2 but found 'i'")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==", "attribute 'i' is missing")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=***,i=4096", "attribute 's' is not valid base64")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=,i=4096", "the salt is empty")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=many", "attribute 'i' ('many') is not a positive integer")]
    [InlineData("r=rOprNGfwEbeRWgbNEkqOxyz,,i=4096", "attribute 2 ('') is not of the form letter=value")]
    [InlineData("rOprNGfwEbeRWgbNEkqOxyz", "attribute 1 ('rOprNGfwEbeRWgbNEkqOxyz') is not of the form letter=value")]
    [InlineData("", "the message is empty")]
    [InlineData("m=ext,r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", "unsupported mandatory extension")]
    [InlineData("e=unknown-user", "The server refused SCRAM authentication: unknown-user")]
    public void Client_rejects_a_malformed_server_first_message(string serverFirst, string expectedError) =>
        Should.Throw<MongoAuthenticationException>(() => Rfc7677Client().Start().Receive(Bytes(serverFirst))).Message.ShouldContain(expectedError);

    [Fact]
    public void Client_ignores_extensions_after_the_iteration_count()
    {
        var final = Rfc7677Client().Start().Receive(Bytes("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,x=future"));
        Text(final.Payload).ShouldStartWith("c=biws,r=rOprNGfwEbeRWgbNEkqOxyz,p=");
    }

    [Fact]
    public void Client_rejects_a_server_first_message_that_is_not_UTF8() =>
        Should.Throw<MongoAuthenticationException>(() => Rfc7677Client().Start().Receive([0x72, 0x3D, 0xFF])).Message.ShouldContain("not valid UTF-8");

    [Theory]
    [InlineData("e=invalid-proof", "The server rejected the SCRAM proof: invalid-proof")]
    [InlineData("v=###", "attribute 'v' is not valid base64")]
    [InlineData("x=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=", "expected attribute 'v' at position 1 but found 'x'")]
    public void Client_rejects_a_malformed_server_final_message(string serverFinal, string expectedError)
    {
        var final = Rfc7677Client().Start().Receive(Bytes(Rfc7677ServerFirst));
        Should.Throw<MongoAuthenticationException>(() => final.Receive(Bytes(serverFinal))).Message.ShouldContain(expectedError);
    }

    [Fact]
    public void Completed_step_rejects_further_server_payloads()
    {
        var done = Rfc7677Client().Start().Receive(Bytes(Rfc7677ServerFirst)).Receive(Bytes(Rfc7677ServerFinal));
        Should.Throw<MongoAuthenticationException>(() => done.Receive(Bytes("v=x"))).Message.ShouldContain("already complete");
    }

    [Fact]
    public void Client_escapes_comma_and_equals_in_the_username()
    {
        var first = new ScramClient(ScramAlgorithm.Sha256, "a,b=c", "pencil", nonceGenerator: new FixedNonceGenerator("abc")).Start();
        Text(first.Payload).ShouldBe("n,,n=a=2Cb=3Dc,r=abc");
    }

    [Fact]
    public void Client_does_not_SASLprep_the_username()
    {
        var first = new ScramClient(ScramAlgorithm.Sha256, "\u2168", "pencil", nonceGenerator: new FixedNonceGenerator("abc")).Start();
        Text(first.Payload).ShouldBe("n,,n=\u2168,r=abc");
    }

    [Fact]
    public void Client_rejects_a_password_SASLprep_prohibits_before_sending_anything() =>
        Should.Throw<ArgumentException>(() => new ScramClient(ScramAlgorithm.Sha256, "user", "bad\u0007").Start()).Message.ShouldContain("SASLprep failed");

    [Theory]
    [InlineData("")]
    [InlineData("has,comma")]
    [InlineData("has space")]
    public void Client_rejects_an_invalid_injected_nonce(string nonce) =>
        Should.Throw<MongoAuthenticationException>(() => new ScramClient(ScramAlgorithm.Sha256, "user", "pencil", nonceGenerator: new FixedNonceGenerator(nonce)).Start())
            .Message.ShouldContain("nonce must be non-empty printable ASCII");

    [Fact]
    public void Default_nonces_are_fresh_for_every_conversation()
    {
        var client = new ScramClient(ScramAlgorithm.Sha256, "user", "pencil");
        Text(client.Start().Payload).ShouldNotBe(Text(client.Start().Payload));
    }

    [Fact]
    public void Cache_skips_key_derivation_for_the_same_password_salt_and_iterations()
    {
        var cache = new ScramCache();
        var firstRun = Rfc7677Client(cache).Start().Receive(Bytes(Rfc7677ServerFirst));
        var secondRun = Rfc7677Client(cache).Start().Receive(Bytes(Rfc7677ServerFirst));

        cache.Count.ShouldBe(1);
        Text(secondRun.Payload).ShouldBe(Text(firstRun.Payload));
        Text(secondRun.Payload).ShouldBe(Rfc7677ClientFinal);
    }

    [Fact]
    public void Cache_keeps_separate_entries_for_different_salts()
    {
        var cache = new ScramCache();
        Rfc7677Client(cache).Start().Receive(Bytes(Rfc7677ServerFirst));
        Rfc7677Client(cache).Start().Receive(Bytes("r=rOprNGfwEbeRWgbNEkqOxyz,s=AAAAAAAAAAAAAAAAAAAAAA==,i=4096"));
        cache.Count.ShouldBe(2);
    }

    private static ScramClient Rfc7677Client(ScramCache? cache = null) =>
        new(ScramAlgorithm.Sha256, "user", "pencil", cache, new FixedNonceGenerator(Rfc7677ClientNonce));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(ReadOnlyMemory<byte> payload) => Encoding.UTF8.GetString(payload.Span);
}
