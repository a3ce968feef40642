using Serverless.Bson;
using Serverless.Core.Definitions;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>Short helpers for the interpolation tests: JSON in, BSON values and mappings out.</summary>
internal static class BsonFixtures
{
    public static BsonValue Value(string json) => ExtendedJson.Parse(json);

    public static BsonDocument Doc(string json) => ExtendedJson.ParseDocument(json);

    public static string Json(BsonValue? value) => value is null ? "<missing>" : ExtendedJson.Serialize(value);

    public static QueryMapping Query(string? find = null, string? sort = null, string? skip = null, string limit = "100") =>
        new("Query", "users", "db", "users",
            find is null ? null : Doc(find),
            sort is null ? null : Doc(sort),
            skip is null ? null : Value(skip),
            Value(limit),
            DataLoaderSettings.None);

    public static AggregationMapping Aggregation(string stagesJson) =>
        new("Query", "users", "db", "users", ((BsonArray)Value(stagesJson)).Cast<BsonDocument>().ToList(), AllowDiskUse: false, DataLoaderSettings.None);
}
