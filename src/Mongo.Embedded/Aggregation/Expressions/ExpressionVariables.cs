using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// The variables in scope during evaluation: the system variable NOW, and user variables bound by the
/// command's <c>let</c>, <c>$let</c>, <c>$map</c>/<c>$filter</c> (<c>as</c>) and <c>$reduce</c>
/// (<c>$$value</c>/<c>$$this</c>). Immutable: binding a variable returns a new scope, so evaluation is
/// thread-safe.
/// </summary>
public sealed class ExpressionVariables
{
    private readonly ExpressionVariables? _parent;
    private readonly string? _name;
    private readonly BsonValue? _value;

    private ExpressionVariables(BsonDateTime now, ExpressionVariables? parent, string? name, BsonValue? value)
    {
        Now = now;
        _parent = parent;
        _name = name;
        _value = value;
    }

    /// <summary>The value of $$NOW: one instant for a whole execution (manual "$$NOW").</summary>
    public BsonDateTime Now { get; }

    public static ExpressionVariables Create(BsonDateTime now, BsonDocument? variables = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        var scope = new ExpressionVariables(now, null, null, null);
        foreach (var (name, value) in variables ?? BsonDocument.Empty)
        {
            scope = scope.With(name, value);
        }

        return scope;
    }

    /// <summary>A scope with <paramref name="name"/> bound, shadowing an outer binding of the same name.</summary>
    public ExpressionVariables With(string name, BsonValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        return new ExpressionVariables(Now, this, name, value);
    }

    public bool TryGet(string name, out BsonValue value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._name == name)
            {
                value = scope._value!;
                return true;
            }
        }

        value = BsonNull.Value;
        return false;
    }
}
