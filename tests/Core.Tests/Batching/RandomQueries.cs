using Serverless.Bson;
using Serverless.Core.Interpolation;

namespace Serverless.Core.Tests.Batching;

/// <summary>
/// Seeded generators for the batch equivalence property: documents with few distinct values (so sorts tie),
/// mixed types, arrays, sub-documents and missing fields; filters built from a grammar of query operators; sort
/// specifications over those fields, with and without an _id tie-breaker.
/// </summary>
internal sealed class RandomQueries(int seed)
{
    private static readonly string[] Words = ["ant", "bee", "cat", "dog", "eel"];
    private static readonly string[] SortFields = ["a", "b", "c", "tags", "sub.x", "_id"];

    private readonly Random _random = new(seed);

    /// <summary>Documents with _ids 0..count-1 in shuffled insertion order, so storage order is not _id order.</summary>
    public List<BsonDocument> Documents(int count)
    {
        var ids = Enumerable.Range(0, count).ToArray();
        _random.Shuffle(ids);
        return [.. ids.Select(Document)];
    }

    public InterpolatedQuery Query()
    {
        var find = _random.Next(8) == 0 ? BsonDocument.Empty : Filter(depth: 0);
        var sort = _random.Next(4) == 0 ? null : Sort();
        var skip = _random.Next(3) == 0 ? 0 : _random.Next(0, 6);
        // 0 is "no limit" to find; the interpolator never produces it, the executor must still agree with find.
        var limit = _random.Next(10) == 0 ? 0 : _random.Next(1, 12);
        return new InterpolatedQuery(find, sort, skip, limit);
    }

    /// <summary>2–8 keys; about one in five repeats an earlier key of the batch.</summary>
    public List<InterpolatedQuery> Batch()
    {
        var count = _random.Next(2, 9);
        var keys = new List<InterpolatedQuery>(count);
        for (var i = 0; i < count; i++)
        {
            keys.Add(keys.Count > 0 && _random.Next(5) == 0 ? keys[_random.Next(keys.Count)] : Query());
        }

        return keys;
    }

    /// <summary>
    /// 2–8 keys whose finds are all {path: value} on one path (the shape of a $fk mapping's batch, which the
    /// executor narrows with $in), with values of every kind: numbers, strings, null, arrays, sub-documents.
    /// </summary>
    public List<InterpolatedQuery> EqualityBatch()
    {
        var path = Pick("a", "b", "c", "tags", "sub", "sub.x", "_id");
        var count = _random.Next(2, 9);
        var keys = new List<InterpolatedQuery>(count);
        for (var i = 0; i < count; i++)
        {
            BsonValue value = _random.Next(9) switch
            {
                0 => BsonNull.Value,
                1 => Word(),
                2 => new BsonArray([_random.Next(0, 6), _random.Next(0, 6)]),
                3 => new BsonDocument([new("x", _random.Next(0, 4)), new("y", Word())]),
                4 => (double)_random.Next(0, 5),
                5 => BsonDocument.Empty,
                _ => _random.Next(0, path == "_id" ? 60 : 6),
            };
            var sort = _random.Next(3) == 0 ? null : Sort();
            keys.Add(new InterpolatedQuery(Doc(path, value), sort, _random.Next(3) == 0 ? 0 : _random.Next(0, 3), _random.Next(1, 12)));
        }

        return keys;
    }

    private BsonDocument Document(int id)
    {
        var elements = new List<BsonElement> { new("_id", id), new("a", _random.Next(0, 5)) };
        if (_random.Next(5) > 0)
        {
            elements.Add(new("b", Word()));
        }

        switch (_random.Next(5))
        {
            case 0:
                elements.Add(new("c", BsonNull.Value));
                break;
            case 1:
                elements.Add(new("c", _random.Next(0, 4) + 0.5));
                break;
            case 2:
                elements.Add(new("c", _random.Next(0, 4)));
                break;
            case 3:
                elements.Add(new("c", Word()));
                break;
        }

        if (_random.Next(4) > 0)
        {
            elements.Add(new("tags", new BsonArray(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => (BsonValue)_random.Next(0, 6)))));
        }

        if (_random.Next(3) > 0)
        {
            elements.Add(new("sub", new BsonDocument([new("x", _random.Next(0, 4)), new("y", Word())])));
        }

        return new BsonDocument(elements);
    }

    private BsonDocument Filter(int depth)
    {
        var choice = _random.Next(depth < 2 ? 16 : 12);
        return choice switch
        {
            0 => Doc("a", _random.Next(0, 5)),
            1 => Doc("a", Doc(Pick("$gt", "$gte", "$lt", "$lte", "$ne"), _random.Next(0, 5))),
            2 => Doc("a", Doc("$in", new BsonArray(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => (BsonValue)_random.Next(0, 5))))),
            3 => Doc("b", Doc("$exists", _random.Next(2) == 0)),
            4 => Doc("b", Word()),
            5 => Doc("tags", _random.Next(0, 6)),
            6 => Doc("sub.x", Doc("$lte", _random.Next(0, 4))),
            7 => Doc("c", BsonNull.Value),
            8 => Doc("_id", Doc("$in", new BsonArray(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => (BsonValue)_random.Next(0, 60))))),
            9 => Doc("b", new BsonRegularExpression("^" + Word()[..1], string.Empty)),
            10 => Doc("tags", Doc("$elemMatch", Doc("$gt", _random.Next(0, 6)))),
            11 => Doc("$expr", Doc("$gt", new BsonArray(["$a", "$sub.x"]))),
            12 => Doc("$or", new BsonArray([Filter(depth + 1), Filter(depth + 1)])),
            13 => Doc("$and", new BsonArray([Filter(depth + 1), Filter(depth + 1)])),
            14 => Doc("$nor", new BsonArray([Filter(depth + 1)])),
            _ => new BsonDocument([new("a", Doc("$gte", _random.Next(0, 3))), new("c", Doc("$type", Pick("number", "string", "null")))]),
        };
    }

    private BsonDocument Sort()
    {
        var fields = SortFields.Where(_ => _random.Next(3) == 0).ToList();
        if (fields.Count == 0)
        {
            fields.Add(SortFields[_random.Next(SortFields.Length - 1)]);
        }

        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fields));
        return new BsonDocument(fields.Select(field => new BsonElement(field, _random.Next(2) == 0 ? 1 : -1)));
    }

    private string Word() => Words[_random.Next(Words.Length)];

    private string Pick(params string[] options) => options[_random.Next(options.Length)];

    private static BsonDocument Doc(string name, BsonValue value) => new([new(name, value)]);
}
