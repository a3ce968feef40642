using System.Text;
using Serverless.Bson;
using Serverless.TestSupport;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>
/// shared/specs/mongodb/auth/_derived-scram-conversations.json: each recorded conversation replayed through the
/// client step machine and the server verifier (messages byte for byte, and as saslStart/saslContinue
/// documents), plus its SASLprep cases and rules.
/// </summary>
internal static class ScramConversationCases
{
    public static async Task RunAsync(SuiteReport report)
    {
        var file = ScramConversationVector.LoadFile();
        var total = 0;
        var passed = 0;
        void Case(string name, Action check)
        {
            total++;
            passed += SuiteCase.Run(report, name, check) ? 1 : 0;
        }

        foreach (var vector in ScramConversationVector.LoadAll())
        {
            Case($"{vector.Mechanism}: salted password", () => CheckSaltedPassword(vector));
            Case($"{vector.Mechanism}: client messages", () => CheckClientMessages(vector));
            total++;
            passed += await SuiteCase.RunAsync(report, $"{vector.Mechanism}: client saslStart/saslContinue", () => CheckClientWireAsync(vector)).ConfigureAwait(false) ? 1 : 0;
            Case($"{vector.Mechanism}: server messages", () => CheckServerMessages(vector));
            Case($"{vector.Mechanism}: server saslStart/saslContinue replies", () => CheckServerWire(vector));
        }

        foreach (var saslPrepCase in file["saslprepPasswordCases"].AsArray.Select(c => c.AsDocument))
        {
            Case("SASLprep: " + saslPrepCase["description"].AsString, () =>
                SuiteCase.ShouldBeEqual(SaslPrep.Prepare(saslPrepCase["input"].AsString), saslPrepCase["expected"].AsString, "prepared password"));
        }

        var rules = file["rules"].AsDocument;
        Case("rule: minimum iteration count", () => CheckMinimumIterationCount(rules["minimumIterationCount"].AsInt32));
        Case("rule: default mechanism negotiation", () =>
        {
            SuiteCase.ShouldBeEqual(ScramAlgorithm.Negotiate(["SCRAM-SHA-1", "SCRAM-SHA-256"]), ScramAlgorithm.Sha256, "with SCRAM-SHA-256 listed");
            SuiteCase.ShouldBeEqual(ScramAlgorithm.Negotiate(["SCRAM-SHA-1"]), ScramAlgorithm.Sha1, "without SCRAM-SHA-256");
        });
        report.Detail($"_derived-scram-conversations.json: {passed}/{total}");
    }

    private static void CheckSaltedPassword(ScramConversationVector vector)
    {
        var prepared = vector.Algorithm.PreparePassword(vector.Username, vector.Password);
        SuiteCase.ShouldBeEqual(Encoding.UTF8.GetString(prepared), vector.Source["passwordUsedForKeyDerivation"].AsString, "password used for key derivation");
        var salted = vector.Algorithm.Hi(prepared, vector.Salt, vector.Iterations);
        SuiteCase.ShouldBeEqual(Convert.ToBase64String(salted), vector.SaltedPasswordBase64, "salted password");
    }

    private static void CheckClientMessages(ScramConversationVector vector)
    {
        var first = Client(vector).Start();
        SuiteCase.ShouldBeEqual(Text(first.Payload), vector.ClientFirst, "client-first message");
        var final = first.Receive(Encoding.UTF8.GetBytes(vector.ServerFirst));
        SuiteCase.ShouldBeEqual(Text(final.Payload), vector.ClientFinal, "client-final message");
        SuiteCase.ShouldBeEqual(final.Receive(Encoding.UTF8.GetBytes(vector.ServerFinal)).IsComplete, true, "complete after server-final");
    }

    private static async Task CheckClientWireAsync(ScramConversationVector vector)
    {
        var channel = new ScriptedSaslChannel(vector.Wire("saslStartReply"), vector.Wire("saslContinueReply"));
        await new SaslAuthenticator(Client(vector), "admin").AuthenticateAsync(channel, CancellationToken.None).ConfigureAwait(false);
        SuiteCase.ShouldBeEqual(channel.Sent.Count, 2, "commands sent");
        SuiteCase.ShouldBeEqual(channel.Sent[0].Command.Names.First(), "saslStart", "first command name");
        SuiteCase.ShouldHaveSameFields(channel.Sent[0].Command, vector.Wire("saslStart"), "saslStart");
        SuiteCase.ShouldBeEqual(channel.Sent[1].Command.Names.First(), "saslContinue", "second command name");
        SuiteCase.ShouldHaveSameFields(channel.Sent[1].Command, vector.Wire("saslContinue"), "saslContinue");
    }

    private static void CheckServerMessages(ScramConversationVector vector)
    {
        var server = new ScramServerConversation(vector.Algorithm, "admin", vector.CreateStore(), new FixedNonceGenerator(vector.ServerNonce));
        SuiteCase.ShouldBeEqual(Encoding.UTF8.GetString(server.ProcessClientFirst(Encoding.UTF8.GetBytes(vector.ClientFirst))), vector.ServerFirst, "server-first message");
        SuiteCase.ShouldBeEqual(Encoding.UTF8.GetString(server.ProcessClientFinal(Encoding.UTF8.GetBytes(vector.ClientFinal))), vector.ServerFinal, "server-final message");
        SuiteCase.ShouldBeEqual(server.AuthenticatedUsername, vector.Username, "authenticated user");
    }

    private static void CheckServerWire(ScramConversationVector vector)
    {
        var session = new SaslServerSession(vector.CreateStore(), new FixedNonceGenerator(vector.ServerNonce));
        ShouldBeSameDocument(session.HandleSaslStart("admin", vector.Wire("saslStart")), vector.Wire("saslStartReply"), "saslStart reply");
        ShouldBeSameDocument(session.HandleSaslContinue("admin", vector.Wire("saslContinue")), vector.Wire("saslContinueReply"), "saslContinue reply");
        SuiteCase.ShouldBeEqual(session.AuthenticatedUsername, vector.Username, "authenticated user");
    }

    // The client MUST fail below the minimum and accept it exactly (MongoDB Authentication spec, SCRAM).
    private static void CheckMinimumIterationCount(int minimum)
    {
        SuiteCase.ShouldBeEqual(ScramAlgorithm.MinimumIterationCount, minimum, "minimum iteration count");
        var client = new ScramClient(ScramAlgorithm.Sha256, "user", "pencil", nonceGenerator: new FixedNonceGenerator("abc"));
        client.Start().Receive(Encoding.UTF8.GetBytes($"r=abcdef,s=W22ZaJ0SNY7soEsUEjb6gQ==,i={minimum}"));
        try
        {
            client.Start().Receive(Encoding.UTF8.GetBytes($"r=abcdef,s=W22ZaJ0SNY7soEsUEjb6gQ==,i={minimum - 1}"));
        }
        catch (MongoAuthenticationException)
        {
            return;
        }

        throw new InvalidOperationException($"an iteration count of {minimum - 1} was accepted");
    }

    // Replies are compared in order too: a reply document is what the server writes, field by field.
    private static void ShouldBeSameDocument(BsonDocument actual, BsonDocument expected, string what)
    {
        if (!BsonValueComparer.Instance.Equals(actual, expected))
        {
            throw new InvalidOperationException($"{what} is {actual}, expected {expected}");
        }
    }

    private static ScramClient Client(ScramConversationVector vector) =>
        new(vector.Algorithm, vector.Username, vector.Password, nonceGenerator: new FixedNonceGenerator(vector.ClientNonce));

    private static string Text(ReadOnlyMemory<byte> payload) => Encoding.UTF8.GetString(payload.Span);
}
