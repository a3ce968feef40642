using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// Field-to-aggregation mapping (§7). Each stage is a document; stages may be optional (<c>$ifarg</c>, §7.2) and
/// may hold <c>$arg</c>/<c>$fk</c>; their shapes are checked at load.
/// </summary>
public sealed record AggregationMapping(
    string TypeName,
    string FieldName,
    string Db,
    string Collection,
    IReadOnlyList<BsonDocument> Stages,
    bool AllowDiskUse,
    DataLoaderSettings DataLoader) : FieldMapping(TypeName, FieldName);
