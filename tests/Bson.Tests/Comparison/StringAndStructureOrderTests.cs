namespace Serverless.Bson.Tests.Comparison;

public sealed class StringAndStructureOrderTests
{
    private static readonly BsonValueComparer Comparer = BsonValueComparer.Instance;

    private static int Sign(BsonValue x, BsonValue y) => Comparer.Compare(x, y);

    private static string Hex(string s) => string.Join(' ', s.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    private static BsonDocument Doc(params (string Name, BsonValue Value)[] elements) =>
        new(elements.Select(e => new BsonElement(e.Name, e.Value)));

    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("a", "ab", -1)]
    [InlineData("B", "a", -1)] // bytes, not culture: 'B' (0x42) < 'a' (0x61)
    [InlineData("a\0", "a", 1)] // embedded NUL is an ordinary byte
    [InlineData("a\0b", "a\u0001", -1)]
    [InlineData("\u00e9", "z", 1)] // é is C3 A9 in UTF-8
    public void Strings_compare_by_utf8_bytes(string x, string y, int expected)
    {
        Sign(new BsonString(x), new BsonString(y)).ShouldBe(expected);
        Sign(new BsonString(y), new BsonString(x)).ShouldBe(-expected);
        Sign(new BsonSymbol(x), new BsonString(y)).ShouldBe(expected);
        Sign(new BsonJavaScript(x), new BsonJavaScript(y)).ShouldBe(expected);
    }

    [Fact]
    public void Supplementary_characters_and_lone_surrogates_sort_by_code_point()
    {
        // Kept out of [InlineData]: the test runner's serialisation mangles lone surrogates.
        (string X, string Y)[] ascending =
        [
            ("\uffff", "\U0001F600"), // UTF-16 ordinal says the opposite (FFFF > D83D)
            ("\ue000", "\U00010000"),
            ("\ud7ff", "\ud800"), // lone surrogate: between U+D7FF and U+E000, as in WTF-8
            ("\ud800", "\ue000"),
            ("\udfff", "\ue000"),
            ("\U0001F600", "\U0001F601"), // differ in the low surrogate
            ("x\ud83d", "x\U0001F600"), // lone high surrogate vs the pair it starts
            ("x\ud83dA", "x\U0001F600"),
            ("x\ud83d\ud83d", "x\U0001F600"), // high surrogates both, only the second string's is paired
            ("x\ud83d\U0001F600", "x\U0001F600"),
        ];

        foreach (var (x, y) in ascending)
        {
            Sign(new BsonString(x), new BsonString(y)).ShouldBe(-1, $"{Hex(x)} < {Hex(y)}");
            Sign(new BsonString(y), new BsonString(x)).ShouldBe(1, $"{Hex(y)} > {Hex(x)}");
        }
    }

    [Fact]
    public void Code_point_order_matches_utf8_byte_order_on_random_strings()
    {
        var random = new Random(7);
        char[] alphabet = ['a', '\0', '\u00ff', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uffff'];
        string Next()
        {
            var builder = new System.Text.StringBuilder();
            for (var i = random.Next(5); i > 0; i--)
            {
                if (random.Next(4) == 0)
                {
                    builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF)));
                }
                else
                {
                    builder.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }

            return builder.ToString();
        }

        for (var i = 0; i < 5000; i++)
        {
            var x = Next();
            var y = Next();
            var expected = Math.Sign(System.Text.Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(y)));
            Sign(new BsonString(x), new BsonString(y)).ShouldBe(expected, $"{Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(x))} vs {Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(y))}");
        }
    }

    [Fact]
    public void String_and_symbol_with_the_same_text_are_equal()
    {
        Comparer.Equals(new BsonString("abc"), new BsonSymbol("abc")).ShouldBeTrue();
        Comparer.GetHashCode(new BsonString("abc")).ShouldBe(Comparer.GetHashCode(new BsonSymbol("abc")));
    }

    [Fact]
    public void Documents_compare_type_then_name_then_value_then_length()
    {
        Sign(Doc(("a", 1)), Doc(("a", "x"))).ShouldBe(-1); // number bracket < string bracket
        Sign(Doc(("b", 1)), Doc(("a", "x"))).ShouldBe(-1); // type before name
        Sign(Doc(("a", 5)), Doc(("b", 1))).ShouldBe(-1); // name before value
        Sign(Doc(("a", 1)), Doc(("a", 2))).ShouldBe(-1);
        Sign(Doc(("a", 1)), Doc(("a", 1), ("b", BsonMinKey.Value))).ShouldBe(-1); // shorter first
        Sign(BsonDocument.Empty, Doc(("a", BsonMinKey.Value))).ShouldBe(-1);
        Sign(Doc(("a", 1), ("b", 2)), Doc(("b", 2), ("a", 1))).ShouldBe(-1); // field order matters
        Sign(Doc(("a", 1)), Doc(("a", 1.0))).ShouldBe(0);
        Sign(Doc(("a", 1), ("a", 2)), Doc(("a", 1), ("a", 3))).ShouldBe(-1); // duplicates are just elements
    }

    [Fact]
    public void Documents_equal_under_the_comparer_hash_alike()
    {
        var x = Doc(("n", 1), ("s", new BsonSymbol("t")), ("d", Doc(("z", 2.0))));
        var y = Doc(("n", 1.0), ("s", "t"), ("d", Doc(("z", new BsonDecimal128(Decimal128.Parse("2.000"))))));

        Comparer.Equals(x, y).ShouldBeTrue();
        Comparer.GetHashCode(x).ShouldBe(Comparer.GetHashCode(y));
        x.Equals(y).ShouldBeFalse(); // model equality stays type-exact
    }

    [Fact]
    public void Arrays_compare_element_wise_then_by_length()
    {
        Sign(new BsonArray(1, 2), new BsonArray(1, 3)).ShouldBe(-1);
        Sign(new BsonArray(1), new BsonArray(1, 0)).ShouldBe(-1);
        Sign(BsonArray.Empty, new BsonArray(BsonMinKey.Value)).ShouldBe(-1);
        Sign(new BsonArray(2), new BsonArray(1, 5)).ShouldBe(1);
        Sign(new BsonArray(1L, 2.0), new BsonArray(1, 2)).ShouldBe(0);
        Comparer.GetHashCode(new BsonArray(1L, 2.0)).ShouldBe(Comparer.GetHashCode(new BsonArray(1, 2)));
    }

    [Fact]
    public void Binary_compares_length_then_subtype_then_bytes()
    {
        var shortHigh = new BsonBinary([0xFF], BsonBinarySubtype.UserDefined);
        var longLow = new BsonBinary([0x00, 0x00], BsonBinarySubtype.Generic);
        Sign(shortHigh, longLow).ShouldBe(-1);

        Sign(new BsonBinary([0xFF], BsonBinarySubtype.Generic), new BsonBinary([0x00], BsonBinarySubtype.Function)).ShouldBe(-1);
        Sign(new BsonBinary([0x01, 0x02]), new BsonBinary([0x01, 0x80])).ShouldBe(-1); // unsigned bytes
        Sign(new BsonBinary([0x01, 0x02]), new BsonBinary([0x01, 0x02])).ShouldBe(0);
    }

    [Fact]
    public void Scalars_compare_by_value()
    {
        var low = ObjectId.Parse("000000000000000000000001");
        var high = ObjectId.Parse("ff0000000000000000000000");
        Sign(new BsonObjectId(low), new BsonObjectId(high)).ShouldBe(-1);
        Sign(BsonBoolean.False, BsonBoolean.True).ShouldBe(-1);
        Sign(new BsonDateTime(-1), new BsonDateTime(0)).ShouldBe(-1); // signed: before 1970 first
        Sign(new BsonDateTime(long.MinValue), new BsonDateTime(long.MaxValue)).ShouldBe(-1);
        Sign(new BsonTimestamp(0x8000_0000, 0), new BsonTimestamp(1, uint.MaxValue)).ShouldBe(1); // unsigned
        Sign(new BsonTimestamp(5, 1), new BsonTimestamp(5, 2)).ShouldBe(-1);
    }

    [Fact]
    public void Regular_expressions_compare_pattern_then_sorted_options()
    {
        Sign(new BsonRegularExpression("a", "z"), new BsonRegularExpression("b", "")).ShouldBe(-1);
        Sign(new BsonRegularExpression("a", "i"), new BsonRegularExpression("a", "m")).ShouldBe(-1);
        Sign(new BsonRegularExpression("a", "mi"), new BsonRegularExpression("a", "im")).ShouldBe(0);
        Comparer.GetHashCode(new BsonRegularExpression("a", "mi")).ShouldBe(Comparer.GetHashCode(new BsonRegularExpression("a", "im")));
    }

    [Fact]
    public void Db_pointers_compare_namespace_length_then_namespace_then_id()
    {
        var id1 = ObjectId.Parse("000000000000000000000001");
        var id2 = ObjectId.Parse("000000000000000000000002");
        Sign(new BsonDbPointer("zz", id2), new BsonDbPointer("aaa", id1)).ShouldBe(-1); // shorter namespace first
        Sign(new BsonDbPointer("\u00e9", id1), new BsonDbPointer("zz", id1)).ShouldBe(1); // é is two UTF-8 bytes too; C3 > 7A
        Sign(new BsonDbPointer("ab", id2), new BsonDbPointer("ac", id1)).ShouldBe(-1);
        Sign(new BsonDbPointer("ab", id1), new BsonDbPointer("ab", id2)).ShouldBe(-1);
    }

    [Fact]
    public void Code_with_scope_compares_code_then_scope()
    {
        var scopeLow = Doc(("x", 1));
        var scopeHigh = Doc(("x", 2));
        Sign(new BsonJavaScriptWithScope("a", scopeHigh), new BsonJavaScriptWithScope("b", scopeLow)).ShouldBe(-1);
        Sign(new BsonJavaScriptWithScope("a", scopeLow), new BsonJavaScriptWithScope("a", scopeHigh)).ShouldBe(-1);
        Sign(new BsonJavaScriptWithScope("a", scopeLow), new BsonJavaScriptWithScope("a", Doc(("x", 1.0)))).ShouldBe(0);
    }

    [Fact]
    public void Comparer_works_as_a_dictionary_key_comparer()
    {
        var counts = new Dictionary<BsonValue, int>(BsonValueComparer.Instance);
        BsonValue[] keys = [1, 1L, 1.0, "1", new BsonSymbol("1"), new BsonArray(1), new BsonArray(1.0), BsonNull.Value, BsonUndefined.Value];
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        counts.Count.ShouldBe(5);
        counts[2.0 - 1.0].ShouldBe(3);
    }
}
