using Serverless.Bson;
using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Operations;

/// <summary>
/// The <c>$readPreference</c> a read must carry, per Server Selection spec, "Passing read preference to mongos and
/// load balancers" and "Topology type: Single"; null when the server must not (or need not) receive one.
/// </summary>
internal static class ReadPreferenceDocument
{
    public static BsonDocument? For(TopologyType topology, ServerType server, ReadPreference readPreference)
    {
        if (topology == TopologyType.Single)
        {
            return server switch
            {
                // A direct connection to a replica set member: primaryPreferred lets a secondary answer.
                ServerType.RSPrimary or ServerType.RSSecondary or ServerType.RSArbiter or ServerType.RSOther or ServerType.RSGhost =>
                    readPreference.Mode == ReadPreferenceMode.Primary ? ToDocument(new ReadPreference(ReadPreferenceMode.PrimaryPreferred)) : ToDocument(readPreference),
                ServerType.Mongos => ForwardUnlessPrimary(readPreference),

                // A standalone serves every read whatever the preference.
                _ => null,
            };
        }

        // Replica sets, mongos and load balancers: mode primary is the server default, anything else is sent.
        return ForwardUnlessPrimary(readPreference);
    }

    public static BsonDocument ToDocument(ReadPreference readPreference)
    {
        List<BsonElement> fields = [new("mode", ModeName(readPreference.Mode))];
        if (readPreference.TagSets.Count > 0)
        {
            fields.Add(new("tags", new BsonArray(readPreference.TagSets.Select(set =>
                (BsonValue)new BsonDocument(set.Tags.Select(tag => new BsonElement(tag.Key, tag.Value)))))));
        }

        if (readPreference.MaxStaleness is { } staleness)
        {
            fields.Add(new("maxStalenessSeconds", (long)staleness.TotalSeconds));
        }

        return new BsonDocument(fields);
    }

    private static BsonDocument? ForwardUnlessPrimary(ReadPreference readPreference) =>
        readPreference.Mode == ReadPreferenceMode.Primary ? null : ToDocument(readPreference);

    // Server Selection spec, "mode": the wire names are camelCase.
    private static string ModeName(ReadPreferenceMode mode) => mode switch
    {
        ReadPreferenceMode.Primary => "primary",
        ReadPreferenceMode.PrimaryPreferred => "primaryPreferred",
        ReadPreferenceMode.Secondary => "secondary",
        ReadPreferenceMode.SecondaryPreferred => "secondaryPreferred",
        _ => "nearest",
    };
}
