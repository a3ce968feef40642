namespace Serverless.Mongo.Tests.Authentication;

public sealed class ScramStoredCredentialTests
{
    [Fact]
    public void FromPassword_derives_keys_that_reproduce_the_RFC_7677_server_signature()
    {
        var credential = ScramStoredCredential.FromPassword(ScramAlgorithm.Sha256, "user", "pencil", Convert.FromBase64String("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        credential.IterationCount.ShouldBe(4096);
        credential.StoredKey.Length.ShouldBe(32);
        credential.ServerKey.Length.ShouldBe(32);

        // Rebuilding from the persisted parts gives a credential that verifies the same way.
        var copy = ScramStoredCredential.Create(credential.Algorithm, credential.Username, credential.Salt, credential.IterationCount, credential.StoredKey, credential.ServerKey);
        copy.StoredKey.SequenceEqual(credential.StoredKey).ShouldBeTrue();
    }

    [Fact]
    public void FromPassword_with_a_random_salt_uses_mongod_salt_length_and_default_iterations()
    {
        var sha256 = ScramStoredCredential.FromPassword(ScramAlgorithm.Sha256, "u", "p");
        sha256.Salt.Length.ShouldBe(28);
        sha256.IterationCount.ShouldBe(15000);

        var sha1 = ScramStoredCredential.FromPassword(ScramAlgorithm.Sha1, "u", "p");
        sha1.Salt.Length.ShouldBe(16);
        sha1.IterationCount.ShouldBe(10000);
        sha1.StoredKey.Length.ShouldBe(20);
    }

    [Fact]
    public void Create_rejects_keys_of_the_wrong_length() =>
        Should.Throw<ArgumentException>(() => ScramStoredCredential.Create(ScramAlgorithm.Sha256, "u", new byte[16], 4096, new byte[20], new byte[32]))
            .Message.ShouldContain("SCRAM-SHA-256 key is 32 bytes, not 20");

    [Fact]
    public void Create_rejects_an_iteration_count_clients_would_refuse() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ScramStoredCredential.Create(ScramAlgorithm.Sha1, "u", new byte[16], 4095, new byte[20], new byte[20]));

    [Fact]
    public void Create_rejects_an_empty_salt() =>
        Should.Throw<ArgumentException>(() => ScramStoredCredential.Create(ScramAlgorithm.Sha1, "u", [], 4096, new byte[20], new byte[20])).Message.ShouldContain("salt");

    [Fact]
    public void Store_lists_the_mechanisms_a_user_has()
    {
        var store = new ScramCredentialStore();
        store.AddUser("admin", "both", "pw");
        store.AddUser("admin", "legacy", "pw", ScramAlgorithm.Sha1);

        store.GetMechanismNames("admin", "both").ShouldBe(["SCRAM-SHA-1", "SCRAM-SHA-256"]);
        store.GetMechanismNames("admin", "legacy").ShouldBe(["SCRAM-SHA-1"]);
        store.GetMechanismNames("test", "both").ShouldBeEmpty();
        store.Find("admin", "legacy", ScramAlgorithm.Sha256).ShouldBeNull();
    }
}
