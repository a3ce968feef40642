namespace Serverless.GraphQL.Types;

/// <summary>A field of an input object type (§3.10).</summary>
public sealed class InputField : InputValue
{
    public InputField(string name, GraphQLType type)
        : base(name, type)
    {
    }

    /// <summary>The input object declaring this field; set when the type's fields are first read.</summary>
    public InputObjectType? DeclaringType { get; private set; }

    /// <summary>The schema coordinate, e.g. <c>UserFilter.name</c>.</summary>
    public override string ToString() => $"{DeclaringType?.Name}.{Name}";

    internal void AttachTo(InputObjectType owner)
    {
        if (DeclaringType is not null && !ReferenceEquals(DeclaringType, owner))
        {
            throw new InvalidOperationException($"Input field {Name} already belongs to {DeclaringType.Name}.");
        }

        DeclaringType = owner;
    }
}
