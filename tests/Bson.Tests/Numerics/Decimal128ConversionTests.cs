namespace Serverless.Bson.Tests.Numerics;

public sealed class Decimal128ConversionTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-5L, "-5")]
    [InlineData(10000000000L, "10000000000")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void FromInt64_gives_the_integer_with_exponent_zero(long input, string expected)
    {
        Decimal128.FromInt64(input).ToString().ShouldBe(expected);
    }

    [Fact]
    public void FromInt64_zero_is_the_Zero_constant()
    {
        Decimal128.FromInt64(0).ShouldBe(Decimal128.Zero);
    }

    [Theory]
    [InlineData(int.MinValue, "-2147483648")]
    [InlineData(42, "42")]
    public void FromInt32_gives_the_integer(int input, string expected)
    {
        Decimal128.FromInt32(input).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e20, "1E+20")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(-2.5e-300, "-2.5E-300")]
    [InlineData(double.Epsilon, "5E-324")]
    [InlineData(double.MaxValue, "1.7976931348623157E+308")]
    public void FromDouble_uses_the_shortest_round_trip_decimal(double input, string expected)
    {
        Decimal128.FromDouble(input).ToString().ShouldBe(expected);
    }

    [Fact]
    public void FromDouble_maps_special_values()
    {
        Decimal128.FromDouble(double.NaN).ShouldBe(Decimal128.NaN);
        Decimal128.FromDouble(double.PositiveInfinity).ShouldBe(Decimal128.PositiveInfinity);
        Decimal128.FromDouble(double.NegativeInfinity).ShouldBe(Decimal128.NegativeInfinity);
        Decimal128.FromDouble(-0.0).ToString().ShouldBe("-0");
    }

    [Theory]
    [InlineData("0.1", 0.1)]
    [InlineData("1.5E+3", 1500.0)]
    [InlineData("-7.50", -7.5)]
    [InlineData("1E+400", double.PositiveInfinity)]
    [InlineData("-9.999999999999999999999999999999999E+6144", double.NegativeInfinity)]
    [InlineData("1E-6176", 0.0)]
    [InlineData("9007199254740993", 9007199254740992.0)] // 2^53 + 1 is a tie: to even
    [InlineData("9007199254740995", 9007199254740996.0)] // 2^53 + 3 is a tie: to even
    [InlineData("9007199254740993.000000000000001", 9007199254740994.0)] // just above the tie
    public void ToDouble_gives_the_nearest_double(string input, double expected)
    {
        Decimal128.Parse(input).ToDouble().ShouldBe(expected);
    }

    [Fact]
    public void ToDouble_keeps_the_sign_of_zero_and_maps_specials()
    {
        double.IsNegative(Decimal128.Parse("-0").ToDouble()).ShouldBeTrue();
        double.IsNegative(Decimal128.Parse("-1E-6000").ToDouble()).ShouldBeTrue();
        double.IsNaN(Decimal128.NaN.ToDouble()).ShouldBeTrue();
        Decimal128.PositiveInfinity.ToDouble().ShouldBe(double.PositiveInfinity);
        Decimal128.NegativeInfinity.ToDouble().ShouldBe(double.NegativeInfinity);
    }

    [Fact]
    public void FromDouble_then_ToDouble_returns_the_same_double()
    {
        var random = new Random(12345);
        for (int i = 0; i < 2000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(d))
            {
                continue;
            }

            Decimal128.FromDouble(d).ToDouble().ShouldBe(d, $"bits {BitConverter.DoubleToInt64Bits(d):X16}");
        }
    }

    [Theory]
    [InlineData("1E+10", 10000000000L)]
    [InlineData("1.0", 1L)]
    [InlineData("1000E-3", 1L)]
    [InlineData("-0", 0L)]
    [InlineData("0E+6000", 0L)]
    [InlineData("0E-6000", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9.223372036854775807E+18", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-9223372036854775808.000", long.MinValue)]
    public void TryGetExactInt64_succeeds_for_integers_in_range(string input, long expected)
    {
        Decimal128.Parse(input).TryGetExactInt64(out long value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("0.1")]
    [InlineData("1E-6176")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1E+19")]
    [InlineData("1E+6111")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void TryGetExactInt64_fails_for_fractions_out_of_range_values_and_specials(string input)
    {
        Decimal128.Parse(input).TryGetExactInt64(out long value).ShouldBeFalse();
        value.ShouldBe(0L);
    }

    [Fact]
    public void FromInt64_then_TryGetExactInt64_round_trips()
    {
        foreach (long n in new[] { 0L, 1L, -1L, 999_999_999_999L, long.MaxValue, long.MinValue, long.MinValue + 1 })
        {
            Decimal128.FromInt64(n).TryGetExactInt64(out long back).ShouldBeTrue();
            back.ShouldBe(n);
        }
    }
}
