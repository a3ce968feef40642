using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Types;

public sealed class ScalarCoercionTests
{
    public static TheoryData<object?, object> IntResults => new()
    {
        { 1, 1 }, { 1.0, 1 }, { -7L, -7 }, { "123", 123 }, { true, 1 }, { false, 0 }, { 2147483647L, 2147483647 }, { 3.0m, 3 },
    };

    [Theory]
    [MemberData(nameof(IntResults))]
    public void Int_serializes_integral_values(object? value, object expected) =>
        ScalarType.Int.Serialize(value).ShouldBe(expected);

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("1.5", "Int cannot represent non-integer value: \"1.5\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    public void Int_serialize_rejects_fractions_and_out_of_range_values(object value, string message) =>
        Should.Throw<CoercionException>(() => ScalarType.Int.Serialize(value)).Message.ShouldBe(message);

    [Fact]
    public void Int_input_accepts_integers_but_not_strings_or_booleans()
    {
        ScalarType.Int.ParseValue(42L).ShouldBe(42);
        Should.Throw<CoercionException>(() => ScalarType.Int.ParseValue("42")).Message.ShouldBe("Int cannot represent non-integer value: \"42\"");
        Should.Throw<CoercionException>(() => ScalarType.Int.ParseValue(true));
        Should.Throw<CoercionException>(() => ScalarType.Int.ParseValue(4294967296L)).Message.ShouldBe("Int cannot represent non 32-bit signed integer value: 4294967296");
    }

    [Fact]
    public void Int_literal_must_be_an_int_literal_in_range()
    {
        ScalarType.Int.ParseLiteral(Parser.ParseValue("-12")).ShouldBe(-12);
        Should.Throw<CoercionException>(() => ScalarType.Int.ParseLiteral(Parser.ParseValue("1.0"))).Message.ShouldBe("Int cannot represent non-integer value: 1.0");
        Should.Throw<CoercionException>(() => ScalarType.Int.ParseLiteral(Parser.ParseValue("2147483648"))).Message.ShouldBe("Int cannot represent non 32-bit signed integer value: 2147483648");
    }

    [Fact]
    public void Float_accepts_ints_and_rejects_non_finite_and_strings_on_input()
    {
        ScalarType.Float.Serialize(3).ShouldBe(3d);
        ScalarType.Float.Serialize("1.5").ShouldBe(1.5);
        ScalarType.Float.ParseValue(2L).ShouldBe(2d);
        ScalarType.Float.ParseLiteral(Parser.ParseValue("1e3")).ShouldBe(1000d);
        ScalarType.Float.ParseLiteral(Parser.ParseValue("4")).ShouldBe(4d);
        Should.Throw<CoercionException>(() => ScalarType.Float.Serialize(double.PositiveInfinity)).Message.ShouldBe("Float cannot represent non numeric value: Infinity");
        Should.Throw<CoercionException>(() => ScalarType.Float.ParseValue("1.5")).Message.ShouldBe("Float cannot represent non numeric value: \"1.5\"");
        Should.Throw<CoercionException>(() => ScalarType.Float.ParseLiteral(Parser.ParseValue("\"1\""))).Message.ShouldBe("Float cannot represent non numeric value: \"1\"");
    }

    [Theory]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("1.7976931348623159e308", double.PositiveInfinity)]
    public void Float_literal_beyond_double_range_coerces_to_infinity_like_graphql_js(string literal, double expected) =>
        ScalarType.Float.ParseLiteral(Parser.ParseValue(literal)).ShouldBe(expected);

    [Fact]
    public void Float_variable_value_must_stay_finite() =>
        Should.Throw<CoercionException>(() => ScalarType.Float.ParseValue(double.NegativeInfinity)).Message.ShouldBe("Float cannot represent non numeric value: -Infinity");

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(-0d, "0")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.00001234, "0.00001234")]
    [InlineData(-1.5e-300, "-1.5e-300")]
    [InlineData(12.5, "12.5")]
    [InlineData(1e15, "1000000000000000")]
    public void Numbers_read_as_javascript_prints_them(double value, string expected)
    {
        NumericValue.Format(value).ShouldBe(expected);
        ScalarType.String.Serialize(value).ShouldBe(expected);
    }

    [Fact]
    public void Id_from_an_integral_double_reads_as_javascript_prints_it()
    {
        ScalarType.ID.ParseValue(1e21).ShouldBe("1e+21");
        ScalarType.ID.ParseValue(12345678901234567890d).ShouldBe("12345678901234567000");
        ScalarType.ID.ParseValue(-0d).ShouldBe("0");
        ScalarType.ID.ParseValue(9007199254740993L).ShouldBe("9007199254740993");
    }

    [Fact]
    public void String_serializes_scalars_but_input_only_accepts_strings()
    {
        ScalarType.String.Serialize(true).ShouldBe("true");
        ScalarType.String.Serialize(12).ShouldBe("12");
        ScalarType.String.Serialize(1.5).ShouldBe("1.5");
        ScalarType.String.ParseValue("x").ShouldBe("x");
        Should.Throw<CoercionException>(() => ScalarType.String.ParseValue(123)).Message.ShouldBe("String cannot represent a non string value: 123");
        Should.Throw<CoercionException>(() => ScalarType.String.ParseLiteral(Parser.ParseValue("123"))).Message.ShouldBe("String cannot represent a non string value: 123");
        Should.Throw<CoercionException>(() => ScalarType.String.Serialize(new object())).Message.ShouldStartWith("String cannot represent value:");
    }

    [Fact]
    public void Boolean_serializes_numbers_but_input_only_accepts_booleans()
    {
        ScalarType.Boolean.Serialize(0).ShouldBe(false);
        ScalarType.Boolean.Serialize(2.5).ShouldBe(true);
        ScalarType.Boolean.ParseLiteral(Parser.ParseValue("true")).ShouldBe(true);
        Should.Throw<CoercionException>(() => ScalarType.Boolean.ParseValue(1)).Message.ShouldBe("Boolean cannot represent a non boolean value: 1");
        Should.Throw<CoercionException>(() => ScalarType.Boolean.Serialize("true")).Message.ShouldBe("Boolean cannot represent a non boolean value: \"true\"");
    }

    [Fact]
    public void Id_accepts_string_and_integer_input_and_serializes_as_string()
    {
        ScalarType.ID.ParseValue(4L).ShouldBe("4");
        ScalarType.ID.ParseValue("abc").ShouldBe("abc");
        ScalarType.ID.ParseLiteral(Parser.ParseValue("4")).ShouldBe("4");
        ScalarType.ID.ParseLiteral(Parser.ParseValue("\"x\"")).ShouldBe("x");
        ScalarType.ID.Serialize(123).ShouldBe("123");
        Should.Throw<CoercionException>(() => ScalarType.ID.ParseValue(1.5)).Message.ShouldBe("ID cannot represent value: 1.5");
        Should.Throw<CoercionException>(() => ScalarType.ID.ParseLiteral(Parser.ParseValue("1.5"))).Message.ShouldBe("ID cannot represent a non-string and non-integer value: 1.5");
        Should.Throw<CoercionException>(() => ScalarType.ID.Serialize(true)).Message.ShouldBe("ID cannot represent value: true");
    }

    [Fact]
    public void Built_in_scalars_print_literals_for_default_values()
    {
        Printer.Print(ScalarType.Float.Coercion.ValueToLiteral(1.0)!).ShouldBe("1");
        Printer.Print(ScalarType.Float.Coercion.ValueToLiteral(0.25)!).ShouldBe("0.25");
        Printer.Print(ScalarType.ID.Coercion.ValueToLiteral("01")!).ShouldBe("\"01\"");
        Printer.Print(ScalarType.ID.Coercion.ValueToLiteral("17")!).ShouldBe("17");
        ScalarType.Int.Coercion.ValueToLiteral("x").ShouldBeNull();
    }
}
