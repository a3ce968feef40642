using Serverless.Bson;

namespace Serverless.Mongo.Topology.Discovery;

/// <summary>Turns a monitoring hello reply into a <see cref="ServerDescription"/> (SDAM spec, "Parsing a hello response").</summary>
internal static class HelloReplyParser
{
    public static ServerDescription Parse(ServerAddress address, BsonDocument reply, TimeSpan roundTripTime, DateTimeOffset now, TimeSpan? previousAverage)
    {
        var type = TypeOf(reply);
        var description = new ServerDescription(address, type, now)
            .WithAverageRoundTripTime(previousAverage)
            .WithRoundTripTimeSample(roundTripTime);
        var minWire = Math.Max(0, BsonNumbers.Int32(reply, "minWireVersion", 0));
        var maxWire = Math.Max(minWire, BsonNumbers.Int32(reply, "maxWireVersion", 0));
        description = description.WithWireVersions(minWire, maxWire);
        if (reply.GetValueOrDefault("tags") is BsonDocument tags)
        {
            description = description.WithTags(new TagSet(tags.Where(t => t.Value is BsonString).Select(t => KeyValuePair.Create(t.Name, t.Value.AsString))));
        }

        if (reply.GetValueOrDefault("lastWrite") is BsonDocument { } lastWrite && lastWrite.GetValueOrDefault("lastWriteDate") is BsonDateTime { IsRepresentableAsDateTimeOffset: true } written)
        {
            description = description.WithLastWriteDate(written.ToDateTimeOffset());
        }

        var setName = reply.GetValueOrDefault("setName") is BsonString name ? name.Value : null;
        var setVersion = BsonNumbers.TryInt64(reply.GetValueOrDefault("setVersion")) is { } version ? (int?)version : null;
        var electionId = reply.GetValueOrDefault("electionId") is BsonObjectId election ? election.Value : (ObjectId?)null;
        var sessions = BsonNumbers.TryInt64(reply.GetValueOrDefault("logicalSessionTimeoutMinutes")) is { } minutes ? (int?)minutes : null;

        // SDAM spec: hosts, passives and arbiters are all members the topology must monitor.
        List<ServerAddress> members = [];
        foreach (var field in (string[])["hosts", "passives", "arbiters"])
        {
            if (reply.GetValueOrDefault(field) is BsonArray list)
            {
                members.AddRange(list.OfType<BsonString>().Select(host => ServerAddress.Parse(host.Value)).Where(host => !members.Contains(host)));
            }
        }

        return description
            .WithReplicaSet(setName, setVersion, electionId)
            .WithMembers(members, AddressOrNull(reply, "primary"), AddressOrNull(reply, "me"))
            .WithLogicalSessionTimeout(sessions);
    }

    /// <summary>SDAM spec, "Parsing a hello response": the server type from its fields.</summary>
    private static ServerType TypeOf(BsonDocument reply)
    {
        if (!BsonNumbers.IsOk(reply))
        {
            return ServerType.Unknown;
        }

        if (reply.GetValueOrDefault("msg") is BsonString { Value: "isdbgrid" })
        {
            return ServerType.Mongos;
        }

        if (IsTrue(reply, "isreplicaset"))
        {
            return ServerType.RSGhost;
        }

        if (reply.GetValueOrDefault("setName") is not BsonString)
        {
            return ServerType.Standalone;
        }

        return IsTrue(reply, "isWritablePrimary") || IsTrue(reply, "ismaster") ? ServerType.RSPrimary
            : IsTrue(reply, "secondary") ? ServerType.RSSecondary
            : IsTrue(reply, "arbiterOnly") ? ServerType.RSArbiter
            : ServerType.RSOther;
    }

    private static bool IsTrue(BsonDocument reply, string name) => reply.GetValueOrDefault(name) is BsonBoolean { Value: true };

    private static ServerAddress? AddressOrNull(BsonDocument reply, string name) =>
        reply.GetValueOrDefault(name) is BsonString text && text.Value.Length > 0 ? ServerAddress.Parse(text.Value) : null;
}
