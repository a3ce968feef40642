using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// What runs when the schema gives no hook: the field resolver and the abstract type resolver (§6.4.3, §6.4.4).
/// They read string-keyed dictionaries only, so the hot path needs no reflection.
/// </summary>
internal static class DefaultResolvers
{
    /// <summary>The member of the parent named like the field; a missing entry is null (graphql-js default resolver).</summary>
    public static ValueTask<object?> ReadMember(IResolveFieldContext context) =>
        ValueTask.FromResult(ReadMember(context.Parent, context.ParentType, context.Field));

    /// <summary>
    /// The default resolver without a context, for the executor's leaf fast path (same result, same error).
    /// </summary>
    /// <exception cref="InvalidOperationException">The parent is not a string-keyed dictionary.</exception>
    public static object? ReadMember(object? parent, ObjectType parentType, Field field) => parent switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(field.Name),
        IDictionary<string, object?> map => map.TryGetValue(field.Name, out var value) ? value : null,
        null => null,
        var other => throw new InvalidOperationException(
            $"Field {parentType.Name}.{field.Name} has no resolver, and the default resolver reads only string-keyed dictionaries, not {other.GetType().Name}."),
    };

    /// <summary>
    /// A dictionary value names its object type in a <c>__typename</c> entry (graphql-js convention). A name that is not
    /// an object type of the schema is an error with graphql-js's wording (ensureValidRuntimeType); no name gives null.
    /// </summary>
    /// <exception cref="GraphQLException">The name is unknown or names a type that is not an object type.</exception>
    public static ValueTask<ObjectType?> ResolveTypeByTypename(object value, IResolveFieldContext context)
    {
        if (value is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("__typename") is not string name)
        {
            return ValueTask.FromResult<ObjectType?>(null);
        }

        return context.Schema.GetType(name) switch
        {
            ObjectType type => ValueTask.FromResult<ObjectType?>(type),
            null => throw new GraphQLException($"Abstract type \"{context.Field.Type.Named.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema."),
            _ => throw new GraphQLException($"Abstract type \"{context.Field.Type.Named.Name}\" was resolved to a non-object type \"{name}\"."),
        };
    }
}
