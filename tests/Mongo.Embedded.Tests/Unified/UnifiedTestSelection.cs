using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// Which CRUD unified tests this runner runs (specs/mongodb/SOURCES.md, "Subset of interest"): every operation
/// is one of the sixteen single-collection CRUD operations, the file's and the test's runOnRequirements are met
/// by the server, and the test has no skipReason. Anything else is skipped with the reason.
/// </summary>
internal static class UnifiedTestSelection
{
    public static readonly IReadOnlySet<string> SubsetOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        "find", "findOne", "aggregate", "countDocuments", "estimatedDocumentCount", "distinct", "insertOne", "insertMany",
        "updateOne", "updateMany", "replaceOne", "deleteOne", "deleteMany", "findOneAndUpdate", "findOneAndReplace", "findOneAndDelete",
    };

    /// <summary>Null when the test runs; otherwise why it is skipped.</summary>
    public static string? SkipReason(BsonDocument file, BsonDocument test, UnifiedServerInfo server)
    {
        var outside = test["operations"].AsArray.Select(o => o.AsDocument["name"].AsString).Where(n => !SubsetOperations.Contains(n)).Distinct().ToList();
        if (outside.Count > 0)
        {
            return $"outside the CRUD subset: uses {string.Join(", ", outside)}";
        }

        if (Unmet(file.GetValueOrDefault("runOnRequirements"), server) is { } fileReason)
        {
            return $"file runOnRequirements not met: {fileReason}";
        }

        if (Unmet(test.GetValueOrDefault("runOnRequirements"), server) is { } testReason)
        {
            return $"runOnRequirements not met: {testReason}";
        }

        return test.GetValueOrDefault("skipReason") is BsonString skip ? $"skipReason: {skip.Value}" : null;
    }

    // Unified format, "runOnRequirements": the list is satisfied when any one requirement is.
    private static string? Unmet(BsonValue? requirements, UnifiedServerInfo server)
    {
        if (requirements is not BsonArray { Count: > 0 } alternatives)
        {
            return null;
        }

        var reasons = alternatives.Select(r => Unmet(r.AsDocument, server)).ToList();
        return reasons.Any(r => r is null) ? null : string.Join(" / ", reasons);
    }

    private static string? Unmet(BsonDocument requirement, UnifiedServerInfo server)
    {
        foreach (var (name, value) in requirement)
        {
            var problem = name switch
            {
                "minServerVersion" => server.Version < UnifiedServerInfo.ParseVersion(value.AsString) ? $"server {server.Version} < {value.AsString}" : null,
                "maxServerVersion" => server.Version > UnifiedServerInfo.ParseVersion(value.AsString) ? $"server {server.Version} > {value.AsString}" : null,
                "topologies" => value.AsArray.Any(t => t.AsString == server.Topology || (server.Topology == "sharded" && t.AsString == "sharded-replicaset"))
                    ? null
                    : $"topology {server.Topology} not in {value}",
                // Serverless is a deployment kind we never are: "forbid" and "allow" pass, "require" does not.
                "serverless" => value.AsString == "require" ? "requires serverless" : null,
                "auth" => value.AsBoolean ? "requires auth" : null,
                _ => $"unsupported requirement {name}",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
