using Serverless.Bson;
using Serverless.TestSupport;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>One recorded conversation of shared/specs/mongodb/auth/_derived-scram-conversations.json.</summary>
internal sealed record ScramConversationVector(BsonDocument Source)
{
    public const string RelativePath = "specs/mongodb/auth/_derived-scram-conversations.json";

    public string Mechanism => Source["mechanism"].AsString;

    public ScramAlgorithm Algorithm => ScramAlgorithm.FromMechanismName(Mechanism);

    public string Username => Source["username"].AsString;

    public string Password => Source["password"].AsString;

    public string ClientNonce => Source["clientNonce"].AsString;

    public byte[] Salt => Convert.FromBase64String(Source["salt"].AsString);

    public int Iterations => Source["iterations"].AsInt32;

    public string ClientFirst => Source["clientFirstMessage"].AsString;

    public string ServerFirst => Source["serverFirstMessage"].AsString;

    public string ClientFinal => Source["clientFinalMessage"].AsString;

    public string ServerFinal => Source["serverFinalMessage"].AsString;

    /// <summary>The server's half of the combined nonce, i.e. what the server's generator produced.</summary>
    public string ServerNonce => ServerFirst[2..ServerFirst.IndexOf(',', StringComparison.Ordinal)][ClientNonce.Length..];

    public string SaltedPasswordBase64 => Source["computed"].AsDocument["saltedPasswordBase64"].AsString;

    public BsonDocument Wire(string name) => Source["wire"].AsDocument[name].AsDocument;

    public static BsonDocument LoadFile() => ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared(RelativePath)));

    public static IReadOnlyList<ScramConversationVector> LoadAll() =>
        LoadFile()["conversations"].AsArray.Select(c => new ScramConversationVector(c.AsDocument)).ToList();

    public ScramCredentialStore CreateStore()
    {
        var store = new ScramCredentialStore();
        store.Add("admin", ScramStoredCredential.FromPassword(Algorithm, Username, Password, Salt, Iterations));
        return store;
    }
}
