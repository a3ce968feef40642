using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;

namespace Serverless.Mongo.Embedded.Sessions;

/// <summary>
/// The server's logical session cache (manual "Server Sessions"): every command's lsid records or refreshes its
/// session with the time of use, endSessions removes sessions, and a session unused for
/// logicalSessionTimeoutMinutes expires. $listLocalSessions reads it. Connections run commands concurrently, so
/// the cache is a concurrent dictionary and expiry removes only entries that are still the stale version.
/// </summary>
internal sealed class LogicalSessionRegistry(TimeProvider time)
{
    /// <summary>What hello reports as logicalSessionTimeoutMinutes (the server's default, 30).</summary>
    public const int TimeoutMinutes = 30;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(TimeoutMinutes);

    private readonly ConcurrentDictionary<(Guid Id, string Uid), LogicalSessionRecord> _sessions = new();

    /// <summary>The uid of a user (SHA-256 of "user@db"), or of no user ("") when authentication is off.</summary>
    public static byte[] UidOf(string userName) => SHA256.HashData(Encoding.UTF8.GetBytes(userName));

    /// <summary>Records a use of the session a command's lsid names, now.</summary>
    /// <exception cref="CommandException">The lsid is not <c>{id: UUID}</c> (TypeMismatch / BadValue, as the server's parser).</exception>
    public void Touch(BsonValue lsid, string userName)
    {
        var id = ParseId(lsid, "OperationSessionInfo.lsid");
        var uid = UidOf(userName);
        var now = time.GetUtcNow();
        _sessions.AddOrUpdate(
            (id, Convert.ToHexString(uid)),
            static (key, state) => new LogicalSessionRecord(key.Id, state.Uid, state.Now),
            static (_, existing, state) => existing with { LastUse = state.Now > existing.LastUse ? state.Now : existing.LastUse },
            (Uid: uid, Now: now));
    }

    /// <summary>endSessions: forgets the sessions, whichever user they belong to (this server has no access control per session).</summary>
    public void End(IEnumerable<BsonValue> lsids)
    {
        var ids = lsids.Select(lsid => ParseId(lsid, "endSessions")).ToHashSet();
        foreach (var key in _sessions.Keys)
        {
            if (ids.Contains(key.Id))
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }

    /// <summary>The sessions not yet expired, most recently used first; expired ones are dropped on the way.</summary>
    public IReadOnlyList<LogicalSessionRecord> Active()
    {
        var now = time.GetUtcNow();
        var active = new List<LogicalSessionRecord>();
        foreach (var entry in _sessions)
        {
            if (now - entry.Value.LastUse >= Timeout)
            {
                // Only this exact record: a concurrent Touch may have just refreshed it.
                _sessions.TryRemove(entry);
            }
            else
            {
                active.Add(entry.Value);
            }
        }

        return [.. active.OrderByDescending(record => record.LastUse)];
    }

    private static Guid ParseId(BsonValue lsid, string field)
    {
        if (lsid is not BsonDocument document)
        {
            throw ServerErrors.TypeMismatch($"BSON field '{field}' is the wrong type '{BsonTypeAliases.NameOf(lsid.Type)}', expected type 'object'");
        }

        return document.GetValueOrDefault("id") switch
        {
            BsonBinary { Subtype: BsonBinarySubtype.Uuid } binary when binary.Data.Length == 16 => binary.ToGuid(),
            null => throw new CommandException(40414, "Location40414", $"BSON field '{field}.id' is missing but a required field"),
            BsonBinary => throw ServerErrors.BadValue($"BSON field '{field}.id' must be a UUID (binary subtype 4, 16 bytes)"),
            var other => throw ServerErrors.TypeMismatch($"BSON field '{field}.id' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'binData'"),
        };
    }
}
