namespace Serverless.Bson.Tests.Numerics;

public sealed class Decimal128CompareNumericTests
{
    private static Decimal128 D(string s) => Decimal128.Parse(s);

    [Theory]
    [InlineData("1.0", "1.00", 0)]
    [InlineData("1E+10", "10000000000", 0)]
    [InlineData("0", "-0", 0)]
    [InlineData("0E+6000", "-0E-6000", 0)]
    [InlineData("1", "2", -1)]
    [InlineData("-1", "-2", 1)]
    [InlineData("12", "1.3E+1", -1)] // same leading power of ten, different exponents
    [InlineData("1E-6176", "0", 1)]
    [InlineData("-1E-6176", "0", -1)]
    [InlineData("9.999999999999999999999999999999999E+6144", "1E+6144", 1)]
    [InlineData("0.1", "0.1000000000000000000000000000000001", -1)]
    [InlineData("1E+6111", "1E-6176", 1)] // exponents far apart
    [InlineData("NaN", "NaN", 0)]
    [InlineData("NaN", "-NaN", 0)]
    [InlineData("NaN", "-Infinity", -1)]
    [InlineData("-Infinity", "-9.999999999999999999999999999999999E+6144", -1)]
    [InlineData("Infinity", "9.999999999999999999999999999999999E+6144", 1)]
    [InlineData("Infinity", "Infinity", 0)]
    [InlineData("-Infinity", "-Infinity", 0)]
    [InlineData("Infinity", "NaN", 1)]
    public void CompareNumeric_orders_decimals_exactly(string a, string b, int expected)
    {
        Math.Sign(Decimal128.CompareNumeric(D(a), D(b))).ShouldBe(expected);
        Math.Sign(Decimal128.CompareNumeric(D(b), D(a))).ShouldBe(-expected);
    }

    [Fact]
    public void CompareNumeric_treats_non_canonical_encodings_as_zero()
    {
        var nonCanonical = new Decimal128(0x3041_FFFF_FFFF_FFFFUL, ulong.MaxValue);

        Decimal128.CompareNumeric(nonCanonical, Decimal128.Zero).ShouldBe(0);
        Decimal128.CompareNumeric(nonCanonical, 0L).ShouldBe(0);
        Decimal128.CompareNumeric(nonCanonical, -0.0).ShouldBe(0);
    }

    [Fact]
    public void CompareNumeric_with_double_does_not_round_through_double()
    {
        // Double 0.1 is exactly 0.1000000000000000055511151231257827021181583404541015625.
        Decimal128.CompareNumeric(D("0.1"), 0.1).ShouldBeLessThan(0);
        Decimal128.CompareNumeric(D("0.1000000000000000055511151231257827"), 0.1).ShouldBeLessThan(0);
        Decimal128.CompareNumeric(D("0.1000000000000000055511151231257828"), 0.1).ShouldBeGreaterThan(0);

        // 2^53 + 1 has no double; it converts to 2^53, but compares above it.
        Decimal128.CompareNumeric(D("9007199254740993"), 9007199254740992.0).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("1.5", 1.5, 0)]
    [InlineData("1.50", 1.5, 0)]
    [InlineData("1E+10", 1e10, 0)]
    [InlineData("-2.5E-300", -2.5e-300, -1)] // the double is exactly -2.49999999999999997975...E-300
    [InlineData("0", -0.0, 0)]
    [InlineData("-0", 0.0, 0)]
    [InlineData("-1", 0.0, -1)]
    [InlineData("1", -0.0, 1)]
    [InlineData("1E+400", double.MaxValue, 1)]
    [InlineData("-1E+400", double.MinValue, -1)]
    [InlineData("1E-400", double.Epsilon, -1)]
    [InlineData("1E-400", 0.0, 1)]
    [InlineData("-1E-400", 0.0, -1)]
    [InlineData("1.7976931348623157E+308", double.MaxValue, -1)] // the double is ...157081...E+308
    [InlineData("4.940656458412465441765687928682213E-324", double.Epsilon, -1)] // epsilon is 4.9406564584124654417656879286822137...E-324
    [InlineData("4.940656458412465441765687928682214E-324", double.Epsilon, 1)]
    [InlineData("1E+308", 1e308, -1)] // double 1e308 is exactly 1.00000000000000001097...E+308
    public void CompareNumeric_orders_decimal_against_double_exactly(string a, double b, int expected)
    {
        Math.Sign(Decimal128.CompareNumeric(D(a), b)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("NaN", double.NaN, 0)]
    [InlineData("NaN", double.NegativeInfinity, -1)]
    [InlineData("NaN", 0.0, -1)]
    [InlineData("-Infinity", double.NaN, 1)]
    [InlineData("-Infinity", double.NegativeInfinity, 0)]
    [InlineData("-Infinity", double.MinValue, -1)]
    [InlineData("Infinity", double.MaxValue, 1)]
    [InlineData("Infinity", double.PositiveInfinity, 0)]
    [InlineData("5", double.NaN, 1)]
    [InlineData("5", double.PositiveInfinity, -1)]
    [InlineData("-9.999999999999999999999999999999999E+6144", double.NegativeInfinity, 1)]
    public void CompareNumeric_with_double_puts_NaN_lowest_then_infinities_around_numbers(string a, double b, int expected)
    {
        Math.Sign(Decimal128.CompareNumeric(D(a), b)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1E+10", 10000000000L, 0)]
    [InlineData("10000000000.000", 10000000000L, 0)]
    [InlineData("-0", 0L, 0)]
    [InlineData("9223372036854775807.5", long.MaxValue, 1)]
    [InlineData("9223372036854775806.9", long.MaxValue, -1)]
    [InlineData("-9223372036854775808", long.MinValue, 0)]
    [InlineData("-9223372036854775808.1", long.MinValue, -1)]
    [InlineData("1E+6144", long.MaxValue, 1)]
    [InlineData("-1E+6144", long.MinValue, -1)]
    [InlineData("1E-6176", 0L, 1)]
    [InlineData("0.9999999999999999999999999999999999", 1L, -1)]
    [InlineData("NaN", long.MinValue, -1)]
    [InlineData("-Infinity", long.MinValue, -1)]
    [InlineData("Infinity", long.MaxValue, 1)]
    public void CompareNumeric_orders_decimal_against_long_exactly(string a, long b, int expected)
    {
        Math.Sign(Decimal128.CompareNumeric(D(a), b)).ShouldBe(expected);
    }

    [Fact]
    public void CompareNumeric_with_an_int_argument_binds_to_the_exact_long_overload()
    {
        Decimal128.CompareNumeric(D("5.0"), 5).ShouldBe(0);
        Decimal128.CompareNumeric(D("4.999999999999999999999999999999999"), 5).ShouldBeLessThan(0);
    }

    [Fact]
    public void Sorting_with_CompareNumeric_gives_the_MongoDB_number_order()
    {
        string[] expected =
        [
            "NaN", "-Infinity", "-1E+6144", "-2", "-1.5", "-1E-6176", "0", "1E-6176", "0.1", "1", "1.5", "2", "1E+6144", "Infinity",
        ];
        var shuffled = expected.Reverse().Select(D).ToList();

        shuffled.Sort(Decimal128.CompareNumeric);

        shuffled.Select(d => d.ToString()).ShouldBe(
            expected.Select(s => D(s).ToString()));
    }
}
