namespace Serverless.Bson;

/// <summary>
/// The server's canonical type order, as a table: which BSON types sort before which, which types share a
/// bracket (and are then compared by value), and which <see cref="ValueOrder"/> compares values within each
/// bracket.
/// </summary>
/// <remarks>
/// <para>
/// The manual ("BSON Types &gt; Comparison/Sort Order") lists MinKey, Null, Numbers, Symbol/String, Object,
/// Array, BinData, ObjectId, Boolean, Date, Timestamp, Regular Expression, JavaScript Code, JavaScript Code
/// with Scope, MaxKey. It leaves out Undefined and DBPointer; the server's <c>canonicalizeBSONType</c>
/// (bsontypes.h) places them: Undefined gets the same slot as a missing field (EOO), just <em>below</em>
/// Null, and DBPointer sits between Regular Expression and JavaScript. So undefined does not tie with null
/// in an ordering, even though <c>{$eq: null}</c> matched undefined in older servers — that is a query
/// rule, not a sort rule, and belongs to the query engine.
/// </para>
/// <para>
/// A missing field has no <see cref="BsonValue"/>; the server sorts it as null when building sort keys, so
/// callers sorting by a path should substitute <see cref="BsonNull.Value"/> for a missing result.
/// </para>
/// </remarks>
internal static class BsonTypeOrder
{
    private const byte Unranked = byte.MaxValue;

    // Lowest first. Types in one row share a rank and are compared by value with that row's order.
    private static readonly (ValueOrder Order, BsonType[] Types)[] Brackets =
    [
        (SingletonOrder.Instance, [BsonType.MinKey]),
        (SingletonOrder.Instance, [BsonType.Undefined]),
        (SingletonOrder.Instance, [BsonType.Null]),
        (NumericOrder.Instance, [BsonType.Int32, BsonType.Int64, BsonType.Double, BsonType.Decimal128]),
        (StringOrder.Instance, [BsonType.String, BsonType.Symbol]),
        (DocumentOrder.Instance, [BsonType.Document]),
        (ArrayOrder.Instance, [BsonType.Array]),
        (BinaryOrder.Instance, [BsonType.Binary]),
        (ObjectIdOrder.Instance, [BsonType.ObjectId]),
        (BooleanOrder.Instance, [BsonType.Boolean]),
        (DateTimeOrder.Instance, [BsonType.DateTime]),
        (TimestampOrder.Instance, [BsonType.Timestamp]),
        (RegularExpressionOrder.Instance, [BsonType.RegularExpression]),
        (DbPointerOrder.Instance, [BsonType.DbPointer]),
        (JavaScriptOrder.Instance, [BsonType.JavaScript]),
        (JavaScriptWithScopeOrder.Instance, [BsonType.JavaScriptWithScope]),
        (SingletonOrder.Instance, [BsonType.MaxKey]),
    ];

    // Indexed by the type byte: a lookup, not a switch, so the order lives in the one table above.
    private static readonly byte[] Ranks = BuildRanks();

    /// <summary>Position of the type's bracket in the sort order (0 = MinKey).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a BSON type.</exception>
    internal static int RankOf(BsonType type)
    {
        var rank = Ranks[(byte)type];
        return rank != Unranked
            ? rank
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a BSON type.");
    }

    /// <summary>The comparison for values whose types have rank <paramref name="rank"/>.</summary>
    internal static ValueOrder OrderAt(int rank) => Brackets[rank].Order;

    private static byte[] BuildRanks()
    {
        var ranks = new byte[256];
        Array.Fill(ranks, Unranked);
        for (var rank = 0; rank < Brackets.Length; rank++)
        {
            foreach (var type in Brackets[rank].Types)
            {
                ranks[(byte)type] = (byte)rank;
            }
        }

        return ranks;
    }
}
