using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>$addToSet (manual "$addToSet"): appends each value (of $each) not already in the array.</summary>
internal sealed class AddToSetUpdate : FieldUpdate
{
    private readonly BsonArray _values;

    public AddToSetUpdate(UpdatePath path, BsonValue argument)
        : base("$addToSet", path)
    {
        if (argument is BsonDocument spec && spec.Count > 0 && spec[0].Name == "$each")
        {
            if (spec.Count > 1)
            {
                throw QueryErrors.BadValue($"Found unexpected fields after $each in $addToSet: {spec}");
            }

            _values = spec[0].Value as BsonArray ?? throw QueryErrors.TypeMismatch(
                $"The argument to $each in $addToSet must be an array but it was of type {TypeName(spec[0].Value)}");
        }
        else
        {
            _values = [argument];
        }
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context)
    {
        if (current is not null and not BsonArray)
        {
            throw QueryErrors.BadValue(
                $"Cannot apply $addToSet to non-array field. Field named '{path[^1]}' has non-array type {TypeName(current)}");
        }

        var items = current is BsonArray array ? new List<BsonValue>(array) : [];
        foreach (var value in _values)
        {
            if (!items.Any(i => BsonValueComparer.Instance.Equals(i, value)))
            {
                items.Add(value);
            }
        }

        return new BsonArray(items);
    }
}

/// <summary>$pop: removes the first (-1) or last (1) element.</summary>
internal sealed class PopUpdate : FieldUpdate
{
    private readonly bool _first;

    public PopUpdate(UpdatePath path, BsonValue argument)
        : base("$pop", path)
    {
        if (!NumericValues.TryGetExactInt64(argument, out var end) || end is not (1 or -1))
        {
            throw QueryErrors.FailedToParse($"$pop expects 1 or -1, found: {argument}");
        }

        _first = end == -1;
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context)
    {
        if (current is null)
        {
            return null;
        }

        if (current is not BsonArray array)
        {
            throw QueryErrors.TypeMismatch($"Path '{string.Join('.', path)}' contains an element of non-array type '{TypeName(current)}'");
        }

        return array.Count == 0 ? array : new BsonArray(_first ? array.Skip(1) : array.Take(array.Count - 1));
    }
}

/// <summary>
/// $pull and $pullAll: remove the elements that match. For $pull the argument is a value to compare, an
/// operator condition on the element (<c>{$gte: 6}</c>) or a query on element documents (manual "$pull").
/// </summary>
internal sealed class PullUpdate : FieldUpdate
{
    private readonly Func<BsonValue, bool> _removes;

    private PullUpdate(string operatorName, UpdatePath path, Func<BsonValue, bool> removes)
        : base(operatorName, path) => _removes = removes;

    public static PullUpdate Pull(UpdatePath path, BsonValue argument)
    {
        if (argument is BsonDocument condition && FilterParser.IsOperatorDocument(condition))
        {
            var onElement = FieldOperators.Parse(BsonPath.Parse(ElemMatchValueMatcher.ElementField), condition);
            return new PullUpdate("$pull", path, e => onElement.Matches([new(ElemMatchValueMatcher.ElementField, e)]));
        }

        if (argument is BsonDocument query)
        {
            var matcher = FilterParser.Parse(query);
            return new PullUpdate("$pull", path, e => e is BsonDocument d && matcher.Matches(d));
        }

        // A plain value removes equal elements (a regex removes matching strings); unlike a query on the
        // array, an element that is itself an array is compared whole.
        ValueMatcher equality = argument is BsonRegularExpression regex ? new RegexMatcher(regex) : new EqualsMatcher(argument);
        return new PullUpdate("$pull", path, equality.Matches);
    }

    public static PullUpdate PullAll(UpdatePath path, BsonValue argument)
    {
        var values = argument as BsonArray ?? throw QueryErrors.BadValue(
            $"$pullAll requires an array argument but was given a {TypeName(argument)}");
        return new PullUpdate("$pullAll", path, e => values.Any(v => BsonValueComparer.Instance.Equals(v, e)));
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context)
    {
        if (current is null)
        {
            return null;
        }

        return current is BsonArray array
            ? new BsonArray(array.Where(e => !_removes(e)))
            : throw QueryErrors.BadValue("Cannot apply $pull to a non-array value");
    }
}
