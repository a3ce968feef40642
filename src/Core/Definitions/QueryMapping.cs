using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// Field-to-query mapping (§6). <see cref="Find"/>, <see cref="Sort"/> and document <see cref="Limit"/>/<see cref="Skip"/>
/// may hold <c>$arg</c>/<c>$fk</c> operators (shapes checked at load). <see cref="Limit"/> is the configured
/// default limit when the mapping has none (§6.5); a numeric limit is an Int32 in [0, max-limit].
/// </summary>
public sealed record QueryMapping(
    string TypeName,
    string FieldName,
    string Db,
    string Collection,
    BsonDocument? Find,
    BsonDocument? Sort,
    BsonValue? Skip,
    BsonValue Limit,
    DataLoaderSettings DataLoader) : FieldMapping(TypeName, FieldName);
