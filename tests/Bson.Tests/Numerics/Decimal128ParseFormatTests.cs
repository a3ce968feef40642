namespace Serverless.Bson.Tests.Numerics;

public sealed class Decimal128ParseFormatTests
{
    // Examples from the numeric-string section of the BSON Decimal128 spec, with the canonical
    // text the to-scientific-string algorithm gives for each.
    [Theory]
    [InlineData("0", "0")]
    [InlineData("12", "12")]
    [InlineData("-76", "-76")]
    [InlineData("12.70", "12.70")]
    [InlineData("+0.003", "0.003")]
    [InlineData("017.", "17")]
    [InlineData(".5", "0.5")]
    [InlineData("4E+9", "4E+9")]
    [InlineData("0.73e-7", "7.3E-8")]
    [InlineData("Inf", "Infinity")]
    [InlineData("-infinity", "-Infinity")]
    [InlineData("NaN", "NaN")]
    public void Parse_then_ToString_gives_the_canonical_form_of_spec_examples(string input, string expected)
    {
        Decimal128.Parse(input).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("1E+3", "1E+3")] // positive exponent always uses exponential notation
    [InlineData("123E-2", "1.23")]
    [InlineData("0.000001", "0.000001")] // adjusted exponent -6 is still plain
    [InlineData("0.0000001", "1E-7")] // adjusted exponent -7 switches to exponential
    [InlineData("0.00000012", "1.2E-7")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("-0E+3", "-0E+3")]
    [InlineData("00012.3400", "12.3400")]
    public void ToString_follows_to_scientific_string(string input, string expected)
    {
        Decimal128.Parse(input).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("INF")]
    [InlineData("+Infinity")]
    [InlineData("iNfInItY")]
    public void Parse_accepts_infinity_names_case_insensitively(string input)
    {
        Decimal128.Parse(input).ShouldBe(Decimal128.PositiveInfinity);
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("NAN")]
    [InlineData("+NaN")]
    public void Parse_accepts_nan_case_insensitively(string input)
    {
        Decimal128.Parse(input).ShouldBe(Decimal128.NaN);
    }

    [Fact]
    public void Parse_keeps_the_sign_of_negative_nan_but_prints_it_as_NaN()
    {
        Decimal128 value = Decimal128.Parse("-NaN");

        value.IsNaN.ShouldBeTrue();
        value.High.ShouldBe(0xFC00_0000_0000_0000UL);
        value.IsNegative.ShouldBeFalse();
        value.ToString().ShouldBe("NaN");
    }

    [Fact]
    public void Parse_rejects_exponent_overflow()
    {
        var ex = Should.Throw<FormatException>(() => Decimal128.Parse("1E+6145"));
        ex.Message.ShouldContain("overflow");
        ex.Message.ShouldContain("'1E+6145'");
    }

    [Fact]
    public void Parse_rejects_exponent_underflow()
    {
        Should.Throw<FormatException>(() => Decimal128.Parse("1E-6177")).Message.ShouldContain("underflow");
    }

    [Fact]
    public void Parse_rejects_inexact_rounding_of_a_35th_significant_digit()
    {
        Should.Throw<FormatException>(() => Decimal128.Parse("12345678901234567890123456789012345"))
            .Message.ShouldContain("34 significant digits");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1..2")]
    [InlineData("1.2.3")]
    [InlineData("e5")]
    [InlineData("sNaN")]
    [InlineData("NaN1")]
    [InlineData("-NaNs")]
    [InlineData("Infin")]
    [InlineData("1,000")]
    [InlineData("0x10")]
    [InlineData("١")] // Arabic-Indic digit one: only ASCII digits are numeric-string digits
    public void Parse_rejects_strings_outside_the_numeric_string_grammar(string input)
    {
        Decimal128.TryParse(input, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => Decimal128.Parse(input)).Message.ShouldContain("not a numeric string");
    }

    [Fact]
    public void Parse_rejects_null_with_ArgumentNullException_and_TryParse_returns_false()
    {
        Should.Throw<ArgumentNullException>(() => Decimal128.Parse(null!));
        Decimal128.TryParse((string?)null, out Decimal128 value).ShouldBeFalse();
        value.ShouldBe(default);
    }

    [Fact]
    public void TryParse_reads_only_the_given_span()
    {
        Decimal128.TryParse("x1.5y".AsSpan(1, 3), out Decimal128 value).ShouldBeTrue();
        value.ToString().ShouldBe("1.5");
    }

    [Fact]
    public void Parse_drops_trailing_zeros_beyond_34_digits_because_that_rounding_is_exact()
    {
        Decimal128.Parse("1234567890123456789012345678901234000").ToString()
            .ShouldBe("1.234567890123456789012345678901234E+36");
    }

    [Fact]
    public void Parse_clamps_a_large_exponent_by_padding_the_coefficient_with_zeros()
    {
        Decimal128.Parse("1E+6144").ToString().ShouldBe("1.000000000000000000000000000000000E+6144");
    }

    [Fact]
    public void Parse_raises_a_tiny_exponent_by_dropping_trailing_zeros()
    {
        Decimal128.Parse("10E-6177").ToString().ShouldBe("1E-6176");
    }

    [Theory]
    [InlineData("0E+9999", "0E+6111")]
    [InlineData("0E-9999", "0E-6176")]
    [InlineData("-0E-99999999999999999999999", "-0E-6176")]
    [InlineData("0.0000000000000000000000000000000000000000000000000", "0E-49")]
    public void Parse_clamps_the_exponent_of_zero_into_range(string input, string expected)
    {
        Decimal128.Parse(input).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Parse_does_not_wrap_around_on_a_huge_exponent()
    {
        Decimal128.TryParse("1E+18446744073709551617", out _).ShouldBeFalse();
        Decimal128.TryParse("1E-18446744073709551617", out _).ShouldBeFalse();
    }

    [Fact]
    public void Special_values_have_the_expected_bits_and_flags()
    {
        Decimal128.NaN.High.ShouldBe(0x7C00_0000_0000_0000UL);
        Decimal128.PositiveInfinity.High.ShouldBe(0x7800_0000_0000_0000UL);
        Decimal128.NegativeInfinity.High.ShouldBe(0xF800_0000_0000_0000UL);
        Decimal128.Zero.High.ShouldBe(0x3040_0000_0000_0000UL);
        Decimal128.Zero.Low.ShouldBe(0UL);

        Decimal128.NaN.IsNaN.ShouldBeTrue();
        Decimal128.NaN.IsInfinity.ShouldBeFalse();
        Decimal128.NaN.IsZero.ShouldBeFalse();
        Decimal128.PositiveInfinity.IsInfinity.ShouldBeTrue();
        Decimal128.PositiveInfinity.IsNegative.ShouldBeFalse();
        Decimal128.NegativeInfinity.IsNegative.ShouldBeTrue();
        Decimal128.Zero.IsZero.ShouldBeTrue();
        Decimal128.Zero.IsNegative.ShouldBeFalse();
        Decimal128.Zero.ToString().ShouldBe("0");
    }

    [Fact]
    public void Negative_zero_is_zero_and_negative()
    {
        Decimal128 value = Decimal128.Parse("-0.00");

        value.IsZero.ShouldBeTrue();
        value.IsNegative.ShouldBeTrue();
    }

    [Fact]
    public void A_coefficient_above_34_digits_decodes_as_zero_keeping_its_exponent()
    {
        // Small form, exponent bits 0x1820 (q = 0), coefficient 2^113 - 1 > 10^34 - 1: non-canonical.
        var value = new Decimal128(0x3041_FFFF_FFFF_FFFFUL, ulong.MaxValue);

        value.IsZero.ShouldBeTrue();
        value.ToString().ShouldBe("0");
    }

    [Fact]
    public void The_large_coefficient_form_decodes_as_zero_keeping_its_exponent()
    {
        // Bits 126-125 = 11 and exponent bits 124-111 = 6176 + 3.
        var value = new Decimal128(0x6C11_FFFF_FFFF_FFFFUL, ulong.MaxValue);

        value.IsZero.ShouldBeTrue();
        value.IsNaN.ShouldBeFalse();
        value.ToString().ShouldBe("0E+3");
    }

    [Fact]
    public void Equality_is_on_the_bit_pattern_so_trailing_zeros_matter()
    {
        Decimal128 one = Decimal128.Parse("1.0");

        (one == Decimal128.Parse("1.0")).ShouldBeTrue();
        one.Equals((object)Decimal128.Parse("1.0")).ShouldBeTrue();
        one.GetHashCode().ShouldBe(Decimal128.Parse("1.0").GetHashCode());
        (one != Decimal128.Parse("1.00")).ShouldBeTrue();
        (Decimal128.Parse("0") == Decimal128.Parse("-0")).ShouldBeFalse();
        one.Equals("1.0").ShouldBeFalse();
    }

    [Fact]
    public void Raw_bits_round_trip_through_the_constructor()
    {
        Decimal128 value = Decimal128.Parse("-1.234567890123456789012345678901234E-7");
        var copy = new Decimal128(value.High, value.Low);

        copy.ShouldBe(value);
        copy.ToString().ShouldBe("-1.234567890123456789012345678901234E-7");
    }
}
