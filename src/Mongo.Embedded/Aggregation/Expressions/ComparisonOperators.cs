using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// $eq, $ne, $gt, $gte, $lt, $lte, $cmp (manual "Comparison Expression Operators"). Unlike query
/// operators these compare across types in BSON order (no type bracketing), and missing sorts below null.
/// </summary>
internal static class ComparisonOperators
{
    public static void Register(OperatorTable table)
    {
        table.Function("$eq", 2, 2, v => Bool(Compare(v[0], v[1]) == 0));
        table.Function("$ne", 2, 2, v => Bool(Compare(v[0], v[1]) != 0));
        table.Function("$gt", 2, 2, v => Bool(Compare(v[0], v[1]) > 0));
        table.Function("$gte", 2, 2, v => Bool(Compare(v[0], v[1]) >= 0));
        table.Function("$lt", 2, 2, v => Bool(Compare(v[0], v[1]) < 0));
        table.Function("$lte", 2, 2, v => Bool(Compare(v[0], v[1]) <= 0));
        table.Function("$cmp", 2, 2, v => new BsonInt32(Math.Sign(Compare(v[0], v[1]))));
    }

    /// <summary>BSON order with missing (null here) below every value, as the server's EOO.</summary>
    public static int Compare(BsonValue? left, BsonValue? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => BsonValueComparer.Instance.Compare(left, right),
    };

    private static BsonBoolean Bool(bool value) => BsonBoolean.Create(value);
}
