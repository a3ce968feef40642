using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Commands.Admin;

/// <summary>
/// The session cache as commands see it: an lsid on any command records its session, $listLocalSessions lists the
/// sessions (first stage of an admin aggregate: 1 only), endSessions removes them and refreshSessions adds them.
/// </summary>
public sealed class LogicalSessionCommandTests : ServerTestBase
{
    private static readonly BsonDocument AllSessions = new([new("$listLocalSessions", BsonDocument.Empty)]);

    [Fact]
    public async Task A_command_lsid_makes_its_session_listed_with_id_uid_and_lastUse()
    {
        var id = Guid.NewGuid();
        await OkAsync([new("ping", 1), new("lsid", Lsid(id))]);

        var sessions = await ListAsync(AllSessions);

        var session = sessions.ShouldHaveSingleItem().AsDocument;
        var key = session["_id"].AsDocument;
        key["id"].ShouldBe(BsonBinary.FromGuid(id));
        var uid = key["uid"].ShouldBeOfType<BsonBinary>();
        uid.Subtype.ShouldBe(BsonBinarySubtype.Generic);

        // Without authentication a session belongs to the empty user name: SHA-256 of "".
        Convert.ToHexString(uid.Data).ShouldBe("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855");
        session["lastUse"].Type.ShouldBe(BsonType.DateTime);
    }

    [Fact]
    public async Task A_session_used_twice_is_listed_once()
    {
        var id = Guid.NewGuid();
        await OkAsync([new("ping", 1), new("lsid", Lsid(id))]);
        await OkAsync([new("ping", 1), new("lsid", Lsid(id))]);

        (await ListAsync(AllSessions)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task EndSessions_removes_the_named_sessions_only()
    {
        var (ended, kept) = (Guid.NewGuid(), Guid.NewGuid());
        await OkAsync([new("ping", 1), new("lsid", Lsid(ended))]);
        await OkAsync([new("ping", 1), new("lsid", Lsid(kept))]);

        await OkAsync([new("endSessions", new BsonArray(Lsid(ended))), new("$db", "admin")]);

        var listed = await ListAsync(AllSessions);
        listed.ShouldHaveSingleItem().AsDocument["_id"].AsDocument["id"].ShouldBe(BsonBinary.FromGuid(kept));
    }

    [Fact]
    public async Task RefreshSessions_records_the_named_sessions()
    {
        var id = Guid.NewGuid();

        await OkAsync([new("refreshSessions", new BsonArray(Lsid(id))), new("$db", "admin")]);

        (await ListAsync(AllSessions)).ShouldHaveSingleItem().AsDocument["_id"].AsDocument["id"].ShouldBe(BsonBinary.FromGuid(id));
    }

    [Fact]
    public async Task AllUsers_lists_every_session_and_a_named_user_none_of_the_anonymous_ones()
    {
        await OkAsync([new("ping", 1), new("lsid", Lsid(Guid.NewGuid()))]);
        await OkAsync([new("ping", 1), new("lsid", Lsid(Guid.NewGuid()))]);

        (await ListAsync(new BsonDocument([new("$listLocalSessions", new BsonDocument([new("allUsers", true)]))]))).Count.ShouldBe(2);
        var someone = new BsonDocument([new("user", "alice"), new("db", "admin")]);
        (await ListAsync(new BsonDocument([new("$listLocalSessions", new BsonDocument([new("users", new BsonArray(someone))]))]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Later_stages_see_the_listed_sessions()
    {
        await OkAsync([new("ping", 1), new("lsid", Lsid(Guid.NewGuid()))]);
        await OkAsync([new("ping", 1), new("lsid", Lsid(Guid.NewGuid()))]);

        var counted = await ListAsync(AllSessions, new BsonDocument([new("$count", "sessions")]));

        counted.ShouldHaveSingleItem().AsDocument["sessions"].ShouldBe(2);
    }

    [Fact]
    public async Task ListLocalSessions_after_the_first_stage_is_refused()
    {
        await FailsAsync(Aggregate(new BsonDocument([new("$documents", new BsonArray())]), AllSessions), 40602, "Location40602");
    }

    [Fact]
    public async Task ListLocalSessions_outside_admin_is_refused()
    {
        await FailsAsync(Aggregate(AllSessions).With("$db", "app"), 73, "InvalidNamespace");
    }

    [Fact]
    public async Task ListLocalSessions_on_a_collection_is_refused()
    {
        await FailsAsync([new("aggregate", "people"), new("pipeline", new BsonArray(AllSessions)), new("cursor", BsonDocument.Empty), new("$db", "admin")], 73, "InvalidNamespace");
    }

    [Fact]
    public async Task ListLocalSessions_rejects_unknown_options_and_users_with_allUsers()
    {
        await FailsAsync(Aggregate(new BsonDocument([new("$listLocalSessions", new BsonDocument([new("verbose", true)]))])), 40415, "Location40415");
        var both = new BsonDocument([new("allUsers", true), new("users", new BsonArray())]);
        await FailsAsync(Aggregate(new BsonDocument([new("$listLocalSessions", both)])), 2, "BadValue");
    }

    [Fact]
    public async Task A_malformed_lsid_fails_the_command()
    {
        await FailsAsync([new("ping", 1), new("lsid", new BsonDocument([new("id", "not a uuid")]))], 14, "TypeMismatch");
    }

    private static BsonDocument Lsid(Guid id) => new([new("id", BsonBinary.FromGuid(id))]);

    private static BsonDocument Aggregate(params BsonDocument[] stages) =>
        [new("aggregate", 1), new("pipeline", new BsonArray(stages)), new("cursor", BsonDocument.Empty), new("$db", "admin")];

    private async Task<BsonArray> ListAsync(params BsonDocument[] stages) => FirstBatch(await OkAsync(Aggregate(stages)));
}
