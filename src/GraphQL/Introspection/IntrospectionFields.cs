using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Introspection;

/// <summary>
/// The meta-fields the executor adds implicitly (§4.1, §4.2): <c>__schema</c> and <c>__type</c> on the query root
/// (only when <see cref="Schema.IsIntrospectionEnabled"/>) and <c>__typename</c> on every composite type.
/// </summary>
public static class IntrospectionFields
{
    public static Field Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => ValueTask.FromResult<object?>(context.Schema),
    };

    public static Field Type { get; } = new("__type", IntrospectionTypes.Type, [new Argument("name", new NonNullType(ScalarType.String))])
    {
        Description = "Request the type information of a single type.",
        Resolver = context => ValueTask.FromResult<object?>(
            context.Arguments.GetValueOrDefault("name") is string name ? context.Schema.GetType(name) : null),
    };

    public static Field TypeName { get; } = new("__typename", new NonNullType(ScalarType.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => ValueTask.FromResult<object?>(context.ParentType.Name),
    };

    /// <summary>The meta-field named <paramref name="name"/> available on <paramref name="parentType"/> of <paramref name="schema"/>, if any.</summary>
    public static Field? Find(Schema schema, NamedType parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(name);
        if (name == TypeName.Name && parentType is ImplementingType or UnionType)
        {
            return TypeName;
        }

        var onQueryRoot = schema.IsIntrospectionEnabled && ReferenceEquals(parentType, schema.QueryType);
        return onQueryRoot && name == Schema.Name ? Schema
            : onQueryRoot && name == Type.Name ? Type
            : null;
    }
}
