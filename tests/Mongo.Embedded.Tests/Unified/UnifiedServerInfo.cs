using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// What runOnRequirements are checked against (unified format, "runOnRequirement"): the server's version from
/// buildInfo and its topology from hello (setName: replicaset, msg "isdbgrid": sharded, else single).
/// </summary>
internal sealed record UnifiedServerInfo(Version Version, string Topology)
{
    public static async Task<UnifiedServerInfo> ReadAsync(MongoClient client, CancellationToken cancellationToken)
    {
        var admin = client.GetDatabase("admin");
        var buildInfo = await admin.RunCommandAsync(new BsonDocument([new("buildInfo", 1)]), cancellationToken);
        var hello = await admin.RunCommandAsync(new BsonDocument([new("hello", 1)]), cancellationToken);
        var topology = hello.Contains("setName") ? "replicaset" : hello.GetValueOrDefault("msg") is BsonString { Value: "isdbgrid" } ? "sharded" : "single";
        return new UnifiedServerInfo(ParseVersion(buildInfo["version"].AsString), topology);
    }

    /// <summary>"8.0.0", "4.2" or "7.0.1-rc0": numeric components only, missing ones are 0 (the format compares component-wise).</summary>
    public static Version ParseVersion(string text)
    {
        var parts = text.Split('-')[0].Split('.').Select(p => int.TryParse(p, out var n) ? n : 0).Concat([0, 0, 0]).Take(3).ToArray();
        return new Version(parts[0], parts[1], parts[2]);
    }
}
