namespace Serverless.GraphQL.Types;

/// <summary>An argument of a field or directive (§3.6.1).</summary>
public sealed class Argument : InputValue
{
    public Argument(string name, GraphQLType type)
        : base(name, type)
    {
    }

    /// <summary>The schema coordinate of the field or directive declaring this argument (e.g. <c>Query.user</c>, <c>@skip</c>).</summary>
    public string Owner { get; private set; } = string.Empty;

    /// <summary>The schema coordinate, e.g. <c>Query.user(id:)</c>.</summary>
    public override string ToString() => $"{Owner}({Name}:)";

    internal void AttachTo(string owner)
    {
        if (Owner.Length > 0 && Owner != owner)
        {
            throw new InvalidOperationException($"Argument {Name} already belongs to {Owner}.");
        }

        Owner = owner;
    }
}
