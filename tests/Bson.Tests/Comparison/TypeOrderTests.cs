namespace Serverless.Bson.Tests.Comparison;

public sealed class TypeOrderTests
{
    private static readonly BsonValueComparer Comparer = BsonValueComparer.Instance;

    // One value per bracket, in the server's canonical order (canonicalizeBSONType in bsontypes.h).
    private static BsonValue[] OnePerBracket() =>
    [
        BsonMinKey.Value,
        BsonUndefined.Value,
        BsonNull.Value,
        new BsonDouble(double.MaxValue),
        new BsonString(string.Empty),
        BsonDocument.Empty,
        BsonArray.Empty,
        new BsonBinary([]),
        new BsonObjectId(ObjectId.Empty),
        BsonBoolean.False,
        new BsonDateTime(long.MinValue),
        new BsonTimestamp(0UL),
        new BsonRegularExpression(string.Empty),
        new BsonDbPointer(string.Empty, ObjectId.Empty),
        new BsonJavaScript(string.Empty),
        new BsonJavaScriptWithScope(string.Empty, BsonDocument.Empty),
        BsonMaxKey.Value,
    ];

    [Fact]
    public void Brackets_follow_the_canonical_type_order()
    {
        var values = OnePerBracket();
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                Comparer.Compare(values[i], values[j]).ShouldBe(i.CompareTo(j), $"{values[i].Type} vs {values[j].Type}");
            }
        }
    }

    [Fact]
    public void Sorting_a_shuffled_list_restores_the_order()
    {
        var expected = OnePerBracket();
        var shuffled = expected.ToArray();
        new Random(42).Shuffle(shuffled);

        Array.Sort(shuffled, Comparer);

        shuffled.ShouldBe(expected);
    }

    [Fact]
    public void Undefined_sorts_below_null_not_with_it()
    {
        Comparer.Compare(BsonUndefined.Value, BsonNull.Value).ShouldBeLessThan(0);
        Comparer.Equals(BsonUndefined.Value, BsonNull.Value).ShouldBeFalse();
        Comparer.Compare(BsonMinKey.Value, BsonUndefined.Value).ShouldBeLessThan(0);
    }

    [Fact]
    public void Type_bracket_wins_over_value()
    {
        Comparer.Compare(new BsonDouble(double.PositiveInfinity), new BsonString(string.Empty)).ShouldBeLessThan(0);
        Comparer.Compare(new BsonDateTime(long.MaxValue), new BsonTimestamp(0UL)).ShouldBeLessThan(0);
        Comparer.Compare(BsonBoolean.True, new BsonDateTime(long.MinValue)).ShouldBeLessThan(0);
    }

    [Theory]
    [InlineData(BsonType.Int32, BsonType.Decimal128, true)]
    [InlineData(BsonType.Double, BsonType.Int64, true)]
    [InlineData(BsonType.String, BsonType.Symbol, true)]
    [InlineData(BsonType.Null, BsonType.Undefined, false)]
    [InlineData(BsonType.DateTime, BsonType.Timestamp, false)]
    [InlineData(BsonType.JavaScript, BsonType.JavaScriptWithScope, false)]
    public void ShareTypeBracket_groups_numbers_and_strings(BsonType x, BsonType y, bool expected)
    {
        BsonValueComparer.ShareTypeBracket(x, y).ShouldBe(expected);
        BsonValueComparer.ShareTypeBracket(y, x).ShouldBe(expected);
    }

    [Fact]
    public void Null_references_sort_first()
    {
        Comparer.Compare(null, BsonMinKey.Value).ShouldBeLessThan(0);
        Comparer.Compare(BsonMinKey.Value, null).ShouldBeGreaterThan(0);
        Comparer.Compare(null, null).ShouldBe(0);
        Comparer.Equals(null, null).ShouldBeTrue();
    }

    [Fact]
    public void Singletons_are_equal_to_themselves()
    {
        foreach (var value in new BsonValue[] { BsonMinKey.Value, BsonMaxKey.Value, BsonNull.Value, BsonUndefined.Value })
        {
            Comparer.Equals(value, value).ShouldBeTrue();
        }
    }
}
