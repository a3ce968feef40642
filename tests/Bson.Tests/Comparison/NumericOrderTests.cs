namespace Serverless.Bson.Tests.Comparison;

public sealed class NumericOrderTests
{
    private const long TwoTo53 = 1L << 53;

    private static readonly BsonValueComparer Comparer = BsonValueComparer.Instance;

    private static BsonDecimal128 Dec(string s) => new(Decimal128.Parse(s));

    private static int Sign(BsonValue x, BsonValue y) => Comparer.Compare(x, y);

    // Not BsonValue.ToString: failure messages should not depend on the Extended JSON writer.
    private static string Show(BsonValue value) => value switch
    {
        BsonInt32 i => FormattableString.Invariant($"int {i.Value}"),
        BsonInt64 l => FormattableString.Invariant($"long {l.Value}"),
        BsonDouble d => "double " + d.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        BsonDecimal128 m => "decimal " + m.Value,
        _ => value.Type.ToString(),
    };

    [Fact]
    public void One_is_one_in_every_numeric_type()
    {
        BsonValue[] ones = [new BsonInt32(1), new BsonInt64(1), new BsonDouble(1.0), Dec("1"), Dec("1.00"), Dec("0.1E+1")];
        foreach (var x in ones)
        {
            foreach (var y in ones)
            {
                Sign(x, y).ShouldBe(0, $"{Show(x)} vs {Show(y)}");
                Comparer.Equals(x, y).ShouldBeTrue();
                Comparer.GetHashCode(x).ShouldBe(Comparer.GetHashCode(y), $"{Show(x)} vs {Show(y)}");
            }
        }

        new HashSet<BsonValue>(ones, Comparer).Count.ShouldBe(1);
    }

    [Fact]
    public void Long_and_double_compare_exactly_beyond_2_to_53()
    {
        var big = new BsonInt64(TwoTo53 + 1);
        var asDouble = new BsonDouble(TwoTo53); // (double)(2^53 + 1) rounds to this

        Sign(big, asDouble).ShouldBe(1);
        Sign(asDouble, big).ShouldBe(-1);
        Sign(new BsonInt64(TwoTo53), asDouble).ShouldBe(0);
        Comparer.GetHashCode(new BsonInt64(TwoTo53)).ShouldBe(Comparer.GetHashCode(asDouble));
    }

    [Fact]
    public void Long_extremes_against_doubles()
    {
        Sign(new BsonInt64(long.MaxValue), new BsonDouble(9223372036854775808.0)).ShouldBe(-1); // 2^63
        Sign(new BsonInt64(long.MinValue), new BsonDouble(-9223372036854775808.0)).ShouldBe(0);
        Sign(new BsonInt64(long.MinValue), new BsonDouble(-9223372036854777856.0)).ShouldBe(1); // next double down
        Sign(new BsonInt64(long.MaxValue), new BsonDouble(double.PositiveInfinity)).ShouldBe(-1);
        Sign(new BsonInt64(long.MinValue), new BsonDouble(double.NegativeInfinity)).ShouldBe(1);
    }

    [Theory]
    [InlineData(2L, 2.5, -1)]
    [InlineData(3L, 2.5, 1)]
    [InlineData(-2L, -2.5, 1)]
    [InlineData(-3L, -2.5, -1)]
    [InlineData(0L, -0.0, 0)]
    [InlineData(0L, 4.9E-324, -1)]
    [InlineData(0L, -4.9E-324, 1)]
    public void Integers_against_fractional_doubles(long integer, double real, int expected)
    {
        Sign(new BsonInt64(integer), new BsonDouble(real)).ShouldBe(expected);
        Sign(new BsonDouble(real), new BsonInt64(integer)).ShouldBe(-expected);
        Sign(BsonInt32.Create((int)integer), new BsonDouble(real)).ShouldBe(expected);
    }

    [Fact]
    public void NaN_equals_NaN_and_sits_below_every_number()
    {
        BsonValue[] nans = [new BsonDouble(double.NaN), new BsonDouble(-double.NaN), Dec("NaN"), Dec("-NaN")];
        BsonValue[] others = [new BsonDouble(double.NegativeInfinity), Dec("-Infinity"), new BsonInt64(long.MinValue), new BsonInt32(0), Dec("-1E+6144")];
        foreach (var nan in nans)
        {
            foreach (var other in nans)
            {
                Sign(nan, other).ShouldBe(0);
                Comparer.GetHashCode(nan).ShouldBe(Comparer.GetHashCode(other));
            }

            foreach (var other in others)
            {
                Sign(nan, other).ShouldBe(-1, $"{Show(nan)} vs {Show(other)}");
                Sign(other, nan).ShouldBe(1, $"{Show(other)} vs {Show(nan)}");
            }
        }

        // Still above every non-number bracket below the numbers.
        Sign(new BsonDouble(double.NaN), BsonNull.Value).ShouldBe(1);
    }

    [Fact]
    public void Negative_zero_equals_zero_in_every_type()
    {
        BsonValue[] zeros = [new BsonDouble(-0.0), new BsonDouble(0.0), new BsonInt32(0), new BsonInt64(0), Dec("-0"), Dec("0E+300"), Dec("-0.000")];
        foreach (var x in zeros)
        {
            foreach (var y in zeros)
            {
                Sign(x, y).ShouldBe(0);
                Comparer.GetHashCode(x).ShouldBe(Comparer.GetHashCode(y));
            }
        }
    }

    [Fact]
    public void Decimals_compare_exactly_with_doubles_and_longs()
    {
        Sign(Dec("0.1"), new BsonDouble(0.1)).ShouldBe(-1); // double 0.1 is 0.1000000000000000055…
        Sign(Dec("9007199254740993"), new BsonDouble(9007199254740992.0)).ShouldBe(1);
        Sign(Dec("9223372036854775808"), new BsonInt64(long.MaxValue)).ShouldBe(1);
        Sign(new BsonInt64(long.MaxValue), Dec("9223372036854775807.0")).ShouldBe(0);
        Sign(Dec("1E+400"), new BsonDouble(double.MaxValue)).ShouldBe(1);
        Sign(Dec("Infinity"), new BsonDouble(double.PositiveInfinity)).ShouldBe(0);
    }

    [Fact]
    public void Equal_numbers_of_different_types_hash_alike()
    {
        (BsonValue, BsonValue)[] pairs =
        [
            (Dec("2.5"), new BsonDouble(2.5)),
            (Dec("1E+2"), new BsonInt32(100)),
            (Dec("9223372036854775808"), new BsonDouble(9223372036854775808.0)), // 2^63: a double, not a long
            (Dec("-9223372036854775808"), new BsonInt64(long.MinValue)),
            (Dec("1E+300"), Dec("1000E+297")), // no double equals it: decimal cohorts
            (Dec("0.1"), Dec("0.10000")),
            (Dec("Infinity"), new BsonDouble(double.PositiveInfinity)),
            (Dec("-Infinity"), new BsonDouble(double.NegativeInfinity)),
            (Dec("1267650600228229401496703205376"), new BsonDouble(Math.ScaleB(1.0, 100))), // 2^100, exact in both
            (Dec("0.0009765625"), new BsonDouble(Math.ScaleB(1.0, -10))),
        ];

        foreach (var (x, y) in pairs)
        {
            Sign(x, y).ShouldBe(0, $"{Show(x)} vs {Show(y)}");
            Comparer.GetHashCode(x).ShouldBe(Comparer.GetHashCode(y), $"{Show(x)} vs {Show(y)}");
        }
    }

    [Fact]
    public void Random_numbers_give_a_consistent_total_order()
    {
        var random = new Random(20240517);
        var values = Enumerable.Range(0, 400).Select(_ => RandomNumber(random)).ToArray();
        foreach (var x in values)
        {
            foreach (var y in values)
            {
                var xy = Sign(x, y);
                Sign(y, x).ShouldBe(-xy, $"antisymmetry: {Show(x)} vs {Show(y)}");
                if (xy == 0)
                {
                    Comparer.GetHashCode(x).ShouldBe(Comparer.GetHashCode(y), $"hash: {Show(x)} vs {Show(y)}");
                }
            }
        }

        var sorted = values.OrderBy(v => v, Comparer).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            for (var j = i; j < Math.Min(sorted.Length, i + 20); j++)
            {
                Sign(sorted[i - 1], sorted[j]).ShouldBeLessThanOrEqualTo(0, "transitivity");
            }
        }
    }

    private static BsonValue RandomNumber(Random random)
    {
        // Draw from a small pool of magnitudes so that ties across types are common.
        long[] pool = [0, 1, -1, 7, 1L << 31, TwoTo53, TwoTo53 + 1, long.MaxValue, long.MinValue];
        var n = pool[random.Next(pool.Length)] + random.Next(-2, 3);
        return random.Next(6) switch
        {
            0 => new BsonInt32(unchecked((int)n)),
            1 => new BsonInt64(n),
            2 => new BsonDouble(n + (random.Next(3) == 0 ? 0.5 : 0.0)),
            3 => new BsonDouble(random.Next(4) switch { 0 => double.NaN, 1 => double.NegativeInfinity, 2 => -0.0, _ => double.Epsilon }),
            4 => new BsonDecimal128(Decimal128.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? ".0" : ".5"))),
            _ => new BsonDecimal128(Decimal128.FromInt64(n)),
        };
    }
}
