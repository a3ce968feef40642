using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Operations;

namespace Serverless.Mongo.Embedded.Tests.Storage;

/// <summary>
/// Seeded random documents and filters for the index property tests: values of every bracket, arrays and
/// documents mixed in, and filters (equalities, $in, ranges with one or two bounds, $or, $and) with values an
/// index must not answer.
/// </summary>
internal static class RandomIndexData
{
    public static readonly BsonValue[] Values =
    [
        1, 2, 1L, 1.0, 2.5, "x", "y", "X", BsonNull.Value, new BsonArray(1, 2), new BsonArray(new BsonArray(1)),
        new BsonArray("x", BsonNull.Value), new BsonDocument([new("k", 1)]), new BsonArray(), true,
        3L, -1.5, double.NaN, Decimal128.Parse("2.50"), Decimal128.NaN, Decimal128.Parse("-7"), "m",
        new BsonDateTime(1_000), new BsonDateTime(2_000_000), new BsonArray(0.5, 3L, Decimal128.Parse("2.5")),
        new BsonArray(new BsonDateTime(1_500), "q"),
    ];

    // Bounds in every bracket the documents use, plus those an index must not answer (NaN, null, arrays).
    public static readonly BsonValue[] Bounds =
    [
        0, 1, 2.5, 3L, -1.5, Decimal128.Parse("2.5"), double.PositiveInfinity, double.NaN, Decimal128.NaN, "a", "x",
        "m", new BsonDateTime(1_000), new BsonDateTime(1_500), BsonNull.Value, new BsonArray(1), true,
    ];

    public static readonly string[] RangeOperators = ["$gt", "$gte", "$lt", "$lte"];

    // "n" never holds an array or document, so its index stays single-key and two bounds are intersected.
    public static readonly BsonValue[] Scalars = [.. Values.Where(v => v.Type is not (BsonType.Array or BsonType.Document))];

    public static readonly string[] Fields = ["a", "b", "c", "d.e", "n"];

    public static OperationDeadline Deadline() => OperationDeadline.Start(
        BsonDocument.Empty, TimeProvider.System, new RunningOperation(0, 0, "127.0.0.1:0", "query", "test.items", BsonDocument.Empty, TimeProvider.System.GetTimestamp()), CancellationToken.None);

    public static BsonDocument RandomDocument(Random random, int id)
    {
        var elements = new List<BsonElement> { new("_id", id) };
        foreach (var field in new[] { "a", "b", "c" })
        {
            // About one in five documents lacks the field: null equality and index keys must agree on missing.
            if (random.Next(5) != 0)
            {
                elements.Add(new(field, Pick(random)));
            }
        }

        if (random.Next(5) != 0)
        {
            elements.Add(new("n", Scalars[random.Next(Scalars.Length)]));
        }

        elements.Add(random.Next(3) switch
        {
            0 => new("d", new BsonDocument([new("e", Pick(random))])),
            1 => new("d", new BsonArray(new BsonDocument([new("e", Pick(random))]), new BsonDocument([new("f", 1)]))),
            _ => new("d", Pick(random)),
        });
        return new BsonDocument(elements);
    }

    public static BsonDocument RandomFilter(Random random, int depth)
    {
        var choice = depth >= 2 ? random.Next(4) : random.Next(7);
        return choice switch
        {
            <= 3 => Condition(random),
            4 => new BsonDocument([new("$or", Clauses(random, depth))]),
            5 => new BsonDocument([new("$and", Clauses(random, depth))]),
            _ => new BsonDocument([.. Condition(random), new("$or", Clauses(random, depth))]),
        };
    }

    public static BsonArray Clauses(Random random, int depth) =>
        new([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => (BsonValue)RandomFilter(random, depth + 1))]);

    public static BsonDocument Condition(Random random)
    {
        var field = random.Next(8) == 0 ? "_id" : Fields[random.Next(Fields.Length)];
        BsonValue condition = random.Next(9) switch
        {
            0 => new BsonDocument([new("$eq", Pick(random))]),
            1 => new BsonDocument([new("$in", new BsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random))))]),
            2 => new BsonDocument([new("$in", new BsonArray(1, new BsonRegularExpression("^x", "i")))]),
            3 => new BsonDocument([new("$ne", Pick(random)), new("$in", new BsonArray(1, "x", 2.5))]),
            4 or 5 => field == "_id" ? random.Next(310) : Pick(random),
            6 => OneBound(random),
            _ => TwoBounds(random),
        };
        return new BsonDocument([new(field, condition)]);
    }

    /// <summary>One range operator on one bound.</summary>
    public static BsonDocument OneBound(Random random) =>
        new([new(RangeOperators[random.Next(4)], Bounds[random.Next(Bounds.Length)])]);

    public static BsonDocument TwoBounds(Random random)
    {
        // Ordered so that bounds of one bracket enclose something; bounds of two brackets match nothing.
        BsonValue[] pair = [Bounds[random.Next(Bounds.Length)], Bounds[random.Next(Bounds.Length)]];
        Array.Sort(pair, BsonValueComparer.Instance);
        return new BsonDocument([new(RangeOperators[random.Next(2)], pair[0]), new(RangeOperators[2 + random.Next(2)], pair[1])]);
    }

    public static BsonValue Pick(Random random) => Values[random.Next(Values.Length)];
}
