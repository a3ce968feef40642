using System.Diagnostics.CodeAnalysis;

namespace Serverless.Bson;

/// <summary>
/// MongoDB's total order over BSON values (manual "BSON Types &gt; Comparison/Sort Order"), with equality to
/// match: two values are equal exactly when they compare as 0, so int32 1, int64 1, double 1.0 and decimal
/// 1.00 are one key in a dictionary built with this comparer, while <see cref="BsonValue.Equals(BsonValue)"/>
/// keeps them apart.
/// </summary>
/// <remarks>
/// <para>
/// Bracket order, lowest first: MinKey, Undefined, Null, numbers, String/Symbol, Object, Array, BinData,
/// ObjectId, Boolean, Date, Timestamp, Regular Expression, DBPointer, JavaScript, JavaScript with scope,
/// MaxKey. The manual's list omits Undefined and DBPointer; their places come from the server's
/// <c>canonicalizeBSONType</c>. Notably Undefined sorts just <em>below</em> Null rather than with it.
/// </para>
/// <para>
/// Strings compare by UTF-8 bytes (the server's default "simple binary comparison"); collations are not
/// supported. A <see langword="null"/> reference sorts before every value.
/// </para>
/// </remarks>
public sealed class BsonValueComparer : IComparer<BsonValue>, IEqualityComparer<BsonValue>
{
    private BsonValueComparer()
    {
    }

    public static BsonValueComparer Instance { get; } = new();

    /// <summary>Orders two types by their brackets; 0 when they share one (e.g. Int32 and Double, String and Symbol).</summary>
    public static int CompareTypes(BsonType x, BsonType y) => BsonTypeOrder.RankOf(x).CompareTo(BsonTypeOrder.RankOf(y));

    /// <summary>
    /// True when values of the two types are compared by value rather than by type, which is what the query
    /// language's type bracketing asks ($gt: 5 only considers numbers).
    /// </summary>
    public static bool ShareTypeBracket(BsonType x, BsonType y) => CompareTypes(x, y) == 0;

    /// <returns>−1, 0 or 1.</returns>
    public int Compare(BsonValue? x, BsonValue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var rank = BsonTypeOrder.RankOf(x.Type);
        var otherRank = BsonTypeOrder.RankOf(y.Type);
        return rank != otherRank
            ? (rank < otherRank ? -1 : 1)
            : Math.Sign(BsonTypeOrder.OrderAt(rank).Compare(x, y));
    }

    public bool Equals(BsonValue? x, BsonValue? y) => Compare(x, y) == 0;

    public int GetHashCode([DisallowNull] BsonValue obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var rank = BsonTypeOrder.RankOf(obj.Type);
        return HashCode.Combine(rank, BsonTypeOrder.OrderAt(rank).GetHashCode(obj));
    }
}
