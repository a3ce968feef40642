using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// $rename (manual "$rename"): moves a field's value to another path, removing the source. Neither path may
/// go through an array, and a missing source does nothing.
/// </summary>
internal sealed class RenameUpdate : FieldUpdate
{
    private readonly UpdatePath _target;

    public RenameUpdate(UpdatePath source, BsonValue argument)
        : base("$rename", source)
    {
        if (argument is not BsonString target)
        {
            throw QueryErrors.BadValue($"The 'to' field for $rename must be a string: {source.Text}: {argument}");
        }

        _target = UpdatePath.Parse(target.Value);
        if (source.HasPositional || _target.HasPositional)
        {
            throw QueryErrors.BadValue($"The source field for $rename may not be dynamic: {(source.HasPositional ? source.Text : _target.Text)}");
        }

        if (source.Text == _target.Text)
        {
            throw QueryErrors.BadValue($"The source and target field for $rename must differ: {source.Text}: \"{target.Value}\"");
        }

        if (source.Overlaps(_target))
        {
            throw QueryErrors.BadValue($"The source and target field for $rename must not be on the same path: {source.Text}: \"{target.Value}\"");
        }
    }

    public override IEnumerable<UpdatePath> WrittenPaths => [Path, _target];

    public override IEnumerable<ConcreteChange> Plan(UpdateContext context)
    {
        var value = Find(context.Original, Path.Segments, "source");
        if (value is null)
        {
            return [];
        }

        // Checked for its error only: the target must not go through an array either.
        Find(context.Original, _target.Segments, "destination");
        return [new ConcreteChange(Path.Segments, _ => null), new ConcreteChange(_target.Segments, _ => value)];
    }

    protected override BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context) =>
        throw new InvalidOperationException("$rename plans its two changes itself.");

    private static BsonValue? Find(BsonDocument document, string[] segments, string role)
    {
        BsonValue current = document;
        var previous = string.Empty;
        foreach (var segment in segments)
        {
            if (current is BsonArray)
            {
                throw QueryErrors.BadValue($"The {role} field cannot be an array element, '{string.Join('.', segments)}' in doc with {previous} being an array");
            }

            previous = segment;

            if (current is not BsonDocument d || !d.TryGetValue(segment, out current))
            {
                return null;
            }
        }

        return current;
    }
}
