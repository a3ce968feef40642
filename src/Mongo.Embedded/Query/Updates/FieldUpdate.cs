using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>One concrete change: the transform to run on the value at a resolved path.</summary>
/// <param name="Transform">Gets the current value (null when absent) and returns the new one (null to remove).</param>
internal sealed record ConcreteChange(string[] Path, Func<BsonValue?, BsonValue?> Transform);

/// <summary>
/// One <c>path: argument</c> entry of an update operator such as <c>$inc: {a: 1}</c>, parsed once. Each
/// operator is a subclass that says how the value at the path changes.
/// </summary>
internal abstract class FieldUpdate(string operatorName, UpdatePath path)
{
    public string OperatorName => operatorName;

    public UpdatePath Path => path;

    /// <summary>Every path this entry writes, for the conflict check (code 40).</summary>
    public virtual IEnumerable<UpdatePath> WrittenPaths => [path];

    /// <summary>The concrete changes for this document, positional segments resolved.</summary>
    public virtual IEnumerable<ConcreteChange> Plan(UpdateContext context) =>
        path.Resolve(context).Select(p => new ConcreteChange(p, current => Transform(current, p, context)));

    protected abstract BsonValue? Transform(BsonValue? current, string[] path, UpdateContext context);

    protected static string TypeName(BsonValue value) => BsonTypeAliases.NameOf(value.Type);
}
