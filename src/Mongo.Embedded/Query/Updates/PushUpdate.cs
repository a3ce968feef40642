using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// $push with its modifiers (manual "$push"): the values of $each are inserted at $position (default the
/// end; negative counts from the end), then the array is sorted by $sort, then trimmed by $slice — the
/// order the manual gives regardless of how the modifiers are written.
/// </summary>
internal sealed class PushUpdate : FieldUpdate
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal) { "$each", "$slice", "$sort", "$position" };

    private readonly BsonArray _values;
    private readonly int? _position;
    private readonly int? _slice;
    private readonly IComparer<BsonValue>? _sort;

    public PushUpdate(UpdatePath path, BsonValue argument)
        : base("$push", path)
    {
        if (argument is not BsonDocument spec || !spec.Contains("$each"))
        {
            _values = [argument];
            return;
        }

        foreach (var name in spec.Names.Where(n => !Modifiers.Contains(n)))
        {
            throw QueryErrors.BadValue($"Unrecognized clause in $push: {name}");
        }

        _values = spec["$each"] as BsonArray ?? throw QueryErrors.BadValue(
            $"The argument to $each in $push must be an array but it was of type: {TypeName(spec["$each"])}");
        _position = IntegerModifier(spec, "$position");
        _slice = IntegerModifier(spec, "$slice");
        _sort = spec.GetValueOrDefault("$sort") is { } sort ? PushSort.Parse(sort) : null;
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context)
    {
        if (current is not null and not BsonArray)
        {
            throw QueryErrors.BadValue(
                $"The field '{path[^1]}' must be an array but is of type {TypeName(current)} in document {context.IdForMessages}");
        }

        var items = current is BsonArray array ? new List<BsonValue>(array) : [];
        var at = _position switch
        {
            null => items.Count,
            < 0 and var p => Math.Max(0, items.Count + p),
            var p => Math.Min(p.Value, items.Count),
        };
        items.InsertRange(at, _values);
        if (_sort is not null)
        {
            // A stable sort, as the server's std::stable_sort in push_node.
            items = [.. items.Order(_sort)];
        }

        if (_slice is { } slice)
        {
            items = slice >= 0 ? items.Take(slice).ToList() : items.Skip(Math.Max(0, items.Count + slice)).ToList();
        }

        return new BsonArray(items);
    }

    private static int? IntegerModifier(BsonDocument spec, string name)
    {
        if (spec.GetValueOrDefault(name) is not { } value)
        {
            return null;
        }

        return NumericValues.TryGetExactInt32(value, out var number)
            ? number
            : throw QueryErrors.BadValue($"The value for {name} must be an integer value but was given type: {TypeName(value)}");
    }
}
