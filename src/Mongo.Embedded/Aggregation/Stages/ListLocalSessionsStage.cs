using Serverless.Bson;
using Serverless.Mongo.Embedded.Sessions;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>
/// $listLocalSessions (manual "$listLocalSessions"): the sessions in this server's session cache, as
/// <c>{_id: {id, uid}, lastUse}</c>. It starts a collection-less aggregation on admin (<c>aggregate: 1</c>) and
/// only as the first stage. <c>{}</c> lists the current user's sessions, <c>allUsers: true</c> everyone's,
/// <c>users: [{user, db}]</c> those users'. Without authentication every session belongs to no user, so
/// <c>{}</c> sees them all.
/// </summary>
internal sealed class ListLocalSessionsStage : IPipelineStage
{
    // Null: every user's sessions (allUsers: true); else the uids (hex) whose sessions are listed.
    private readonly HashSet<string>? _uids;

    private ListLocalSessionsStage(HashSet<string>? uids) => _uids = uids;

    public static ListLocalSessionsStage Parse(BsonValue specification)
    {
        if (specification is not BsonDocument options)
        {
            throw AggregationErrors.TypeMismatch($"BSON field '$listLocalSessions' is the wrong type '{BsonTypeAliases.NameOf(specification.Type)}', expected type 'object'");
        }

        var allUsers = false;
        BsonArray? users = null;
        foreach (var option in options)
        {
            switch (option.Name, option.Value)
            {
                case ("allUsers", BsonBoolean flag):
                    allUsers = flag.Value;
                    break;
                case ("users", BsonArray list):
                    users = list;
                    break;
                case ("allUsers" or "users", var wrong):
                    throw AggregationErrors.TypeMismatch($"BSON field 'ListSessionsSpec.{option.Name}' is the wrong type '{BsonTypeAliases.NameOf(wrong.Type)}', expected type '{(option.Name == "users" ? "array" : "bool")}'");
                default:
                    throw AggregationErrors.Location(40415, $"BSON field 'ListSessionsSpec.{option.Name}' is an unknown field.");
            }
        }

        if (allUsers && users is not null)
        {
            throw AggregationErrors.BadValue("$listLocalSessions: 'users' cannot be combined with 'allUsers: true'");
        }

        if (allUsers)
        {
            return new ListLocalSessionsStage(uids: null);
        }

        // No users: the current user's sessions; without authentication that is the empty user name.
        var names = users is null ? [string.Empty] : users.Select(UserNameOf);
        return new ListLocalSessionsStage(names.Select(name => Convert.ToHexString(LogicalSessionRegistry.UidOf(name))).ToHashSet(StringComparer.Ordinal));
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, StageContext context)
    {
        // Checked when the pipeline runs, as the stage is parsed before the command's database is consulted.
        if (context.Aggregation.Database != "admin")
        {
            throw new AggregationException(73, "InvalidNamespace", "$listLocalSessions must be run against the 'admin' database with {aggregate: 1}");
        }

        var sessions = context.Aggregation.Sessions?.Active() ?? [];
        return sessions
            .Where(session => _uids is null || _uids.Contains(Convert.ToHexString(session.Uid)))
            .Select(session => session.ToDocument());
    }

    // The server's uid is the SHA-256 of "user@db" (manual "system.sessions").
    private static string UserNameOf(BsonValue user) =>
        user is BsonDocument { Count: 2 } document
        && document.GetValueOrDefault("user") is BsonString name
        && document.GetValueOrDefault("db") is BsonString db
            ? $"{name.Value}@{db.Value}"
            : throw AggregationErrors.TypeMismatch($"$listLocalSessions: each of 'users' must be {{user: <string>, db: <string>}}, not {user}");
}
