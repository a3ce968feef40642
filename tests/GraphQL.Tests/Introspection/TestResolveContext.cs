using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Introspection;

/// <summary>A resolve context for calling resolvers directly, standing in for the executor.</summary>
internal sealed class TestResolveContext(Schema schema, ObjectType parentType, Field field, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    : IResolveFieldContext
{
    public Schema Schema { get; } = schema;

    public ObjectType ParentType { get; } = parentType;

    public Field Field { get; } = field;

    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();

    public IReadOnlyList<object> Path { get; } = [];

    public CancellationToken CancellationToken => CancellationToken.None;
}
