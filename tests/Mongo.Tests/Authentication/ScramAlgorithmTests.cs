using System.Text;

namespace Serverless.Mongo.Tests.Authentication;

public sealed class ScramAlgorithmTests
{
    [Fact]
    public void Sha1_password_is_the_hex_MD5_digest_of_user_mongo_password() =>
        Encoding.ASCII.GetString(ScramAlgorithm.Sha1.PreparePassword("user", "pencil")).ShouldBe("1c33006ec1ffd90f9cadcbcc0e118200");

    [Fact]
    public void Sha256_password_is_SASLprepped_and_ignores_the_username() =>
        Encoding.UTF8.GetString(ScramAlgorithm.Sha256.PreparePassword("whoever", "I\u00ADX")).ShouldBe("IX");

    [Theory]
    [InlineData(new[] { "SCRAM-SHA-1", "SCRAM-SHA-256" }, "SCRAM-SHA-256")]
    [InlineData(new[] { "SCRAM-SHA-1" }, "SCRAM-SHA-1")]
    [InlineData(new string[0], "SCRAM-SHA-1")]
    public void Negotiate_prefers_SCRAM_SHA_256_when_the_server_lists_it(string[] mechanisms, string expected) =>
        ScramAlgorithm.Negotiate(mechanisms).MechanismName.ShouldBe(expected);

    [Fact]
    public void Negotiate_falls_back_to_SCRAM_SHA_1_without_saslSupportedMechs() =>
        ScramAlgorithm.Negotiate(null).ShouldBeSameAs(ScramAlgorithm.Sha1);

    [Fact]
    public void FromMechanismName_rejects_other_mechanisms() =>
        Should.Throw<ArgumentException>(() => ScramAlgorithm.FromMechanismName("PLAIN")).Message.ShouldContain("'PLAIN' is not a SCRAM mechanism");

    [Fact]
    public void Hi_is_PBKDF2_with_the_RFC_7677_salted_password()
    {
        var salted = ScramAlgorithm.Sha256.Hi("pencil"u8, Convert.FromBase64String("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        Convert.ToBase64String(salted).ShouldBe("xKSVEDI6tPlSysH6mUQZOeeOp01r6B3fcJbodRPcYV0=");
    }
}
