namespace Serverless.Mongo.Tests.Authentication;

public sealed class SaslPrepTests
{
    // RFC 4013 section 3, "Examples".
    [Theory]
    [InlineData("I\u00ADX", "IX")]
    [InlineData("user", "user")]
    [InlineData("USER", "USER")]
    [InlineData("\u00AA", "a")]
    [InlineData("\u2168", "IX")]
    public void Prepare_maps_and_normalizes_the_RFC_4013_examples(string input, string expected) =>
        SaslPrep.Prepare(input).ShouldBe(expected);

    [Fact]
    public void Prepare_rejects_a_prohibited_control_character_RFC_4013_example() =>
        Should.Throw<ArgumentException>(() => SaslPrep.Prepare("\u0007")).Message.ShouldContain("prohibited code point U+0007");

    [Fact]
    public void Prepare_rejects_the_RFC_4013_bidi_example_ending_in_a_digit() =>
        Should.Throw<ArgumentException>(() => SaslPrep.Prepare("\u0627\u0031")).Message.ShouldContain("start and end");

    [Fact]
    public void Prepare_rejects_mixed_right_to_left_and_left_to_right_letters() =>
        Should.Throw<ArgumentException>(() => SaslPrep.Prepare("\u0627a\u0628")).Message.ShouldContain("mixes");

    [Fact]
    public void Prepare_accepts_a_right_to_left_only_string() =>
        SaslPrep.Prepare("\u0627\u0031\u0628").ShouldBe("\u0627\u0031\u0628");

    [Theory]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("a\uFE0Fb\u034F", "ab")]
    public void Prepare_maps_non_ASCII_spaces_to_space_and_drops_B1_characters(string input, string expected) =>
        SaslPrep.Prepare(input).ShouldBe(expected);

    [Theory]
    [InlineData("\uE000")]
    [InlineData("a\u2028")]
    [InlineData("\uFFFD")]
    [InlineData("\u2FF0")]
    [InlineData("\u200E")]
    [InlineData("\U000E0001")]
    public void Prepare_rejects_prohibited_output(string input) =>
        Should.Throw<ArgumentException>(() => SaslPrep.Prepare(input)).Message.ShouldContain("prohibited");

    [Fact]
    public void Prepare_rejects_an_unpaired_surrogate() =>
        Should.Throw<ArgumentException>(() => SaslPrep.Prepare("a\uD800b")).Message.ShouldContain("unpaired surrogate U+D800");

    [Fact]
    public void Prepare_rejects_a_code_point_unassigned_in_Unicode_3_2_unless_allowed()
    {
        // U+0221 was assigned after Unicode 3.2, so RFC 3454 table A.1 lists it.
        Should.Throw<ArgumentException>(() => SaslPrep.Prepare("a\u0221")).Message.ShouldContain("unassigned code point U+0221");
        SaslPrep.Prepare("a\u0221", allowUnassigned: true).ShouldBe("a\u0221");
    }

    [Fact]
    public void Prepare_keeps_an_empty_string_empty() => SaslPrep.Prepare(string.Empty).ShouldBe(string.Empty);
}
