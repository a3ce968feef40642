using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>The seven BSON scalars of the reference (§12), keyed by their SDL names, for <c>SchemaBuildOptions.Scalars</c>.</summary>
public static class BsonScalars
{
    /// <summary>All seven; <paramref name="allowOperatorKeys"/> lets BsonDocument inputs carry <c>$</c>-keys (§6.2).</summary>
    public static IReadOnlyDictionary<string, IScalarCoercion> All(bool allowOperatorKeys = false) =>
        new Dictionary<string, IScalarCoercion>(StringComparer.Ordinal)
        {
            ["ObjectId"] = new ObjectIdCoercion(),
            ["Long"] = new LongCoercion(),
            ["Decimal128"] = new Decimal128Coercion(),
            ["DateTime"] = new DateTimeCoercion(),
            ["Timestamp"] = new TimestampCoercion(),
            ["Regex"] = new RegexCoercion(),
            ["BsonDocument"] = new BsonDocumentCoercion(allowOperatorKeys),
        };
}
