using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Sessions;

/// <summary>
/// One logical session the server has seen: its id (the lsid's UUID), the uid of its user (SHA-256 of the user
/// name, of "" without authentication) and when a command last used it (manual "system.sessions": the record's
/// <c>_id: {id, uid}</c> and <c>lastUse</c>).
/// </summary>
internal sealed record LogicalSessionRecord(Guid Id, byte[] Uid, DateTimeOffset LastUse)
{
    /// <summary>The document $listLocalSessions outputs for this session, shaped like mongod's.</summary>
    public BsonDocument ToDocument() =>
    [
        new("_id", new BsonDocument([new("id", BsonBinary.FromGuid(Id)), new("uid", new BsonBinary(Uid))])),
        new("lastUse", BsonDateTime.FromDateTimeOffset(LastUse)),
    ];
}
