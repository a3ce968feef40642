using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// $bitsAllSet, $bitsAnySet, $bitsAllClear, $bitsAnyClear (manual "Bitwise Query Operators"). Numbers must
/// be integral and fit in a 64-bit integer; negative numbers are two's complement, sign-extended, so every
/// position at or above 64 is set. BinData is read as a little-endian bit string; positions past its end are
/// clear.
/// </summary>
/// <param name="wantSet">Whether the positions are tested for being set (…Set) or clear (…Clear).</param>
/// <param name="requireAll">Whether every position must pass (…All…) or one is enough (…Any…).</param>
internal sealed class BitsMatcher(IReadOnlyList<int> positions, bool wantSet, bool requireAll) : ValueMatcher
{
    public override bool Matches(BsonValue value)
    {
        Func<int, bool> isSet;
        if (value is BsonBinary binary)
        {
            var data = binary.Memory;
            isSet = p => p / 8 < data.Length && (data.Span[p / 8] & (1 << (p % 8))) != 0;
        }
        else if (NumericValues.TryGetExactInt64(value, out var number))
        {
            isSet = p => p >= 64 ? number < 0 : (number & (1L << p)) != 0;
        }
        else
        {
            return false;
        }

        return requireAll ? positions.All(p => isSet(p) == wantSet) : positions.Any(p => isSet(p) == wantSet);
    }
}
