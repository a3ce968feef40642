namespace Serverless.GraphQL.Types;

/// <summary>
/// What a field resolver sees (§6.4.3 ResolveFieldValue: objectType, objectValue, fieldName, argumentValues).
/// Deliberately minimal: the executor implements it and may expose more through its own derived interface.
/// </summary>
public interface IResolveFieldContext
{
    Schema Schema { get; }

    /// <summary>The object type the field is being resolved on.</summary>
    ObjectType ParentType { get; }

    Field Field { get; }

    /// <summary>The resolved value of the parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>Coerced argument values (§6.4.2); absent arguments without defaults are missing from the map.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The response path: field response names and list indices.</summary>
    IReadOnlyList<object> Path { get; }

    CancellationToken CancellationToken { get; }
}
