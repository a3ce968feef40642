using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>Everything one application of an update needs besides the operator arguments.</summary>
internal sealed record UpdateContext(
    BsonDocument Original,
    QueryFilter? Filter,
    ArrayFilterSet ArrayFilters,
    bool IsUpsertInsert,
    DateTimeOffset Now)
{
    /// <summary>The document's _id as the server quotes it in error messages: <c>{_id: 1}</c>.</summary>
    public string IdForMessages =>
        Original.TryGetValue("_id", out var id) ? $"{{_id: {id}}}" : "{}";
}
