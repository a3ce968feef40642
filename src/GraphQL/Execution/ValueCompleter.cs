using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// §6.4.3 CompleteValue for one field type, built once per planned field so execution dispatches virtually instead
/// of inspecting the type on every value. Returns the completed value, null, or <see cref="NullPropagation.Marker"/>
/// when a non-null position became null and the nearest nullable parent must absorb it (§6.4.4).
/// </summary>
internal abstract class ValueCompleter
{
    /// <summary>
    /// Whether the type is a leaf (scalar or enum, possibly non-null), which completes synchronously and needs no
    /// context: <see cref="CompleteLeaf"/> then serves fields read by the default resolver without allocating one.
    /// </summary>
    public virtual bool IsLeaf => false;

    /// <summary>
    /// The completer of <paramref name="type"/>. The type model lives in another component, so this is the one place
    /// that maps its classes to completion behaviour.
    /// </summary>
    public static ValueCompleter For(GraphQLType type, SpecifiedScalarResultAdapter? scalarAdapter = null) => type switch
    {
        NonNullType nonNull => new NonNullCompleter(For(nonNull.OfType, scalarAdapter)),
        ListType list => new ListCompleter(For(list.OfType, scalarAdapter), list.OfType is NonNullType),
        ScalarType scalar => new ScalarCompleter(scalar, scalar.IsSpecifiedScalar ? scalarAdapter : null),
        EnumType enumType => new EnumCompleter(enumType),
        ObjectType objectType => new ObjectCompleter(objectType),
        InterfaceType iface => new AbstractCompleter(iface, iface.ResolveType),
        UnionType union => new AbstractCompleter(union, union.ResolveType),
        _ => throw new InvalidOperationException($"The type {type} cannot be a field type (§3.6: fields have output types)."),
    };

    /// <exception cref="Exception">A field error at <paramref name="path"/>; the caller records it.</exception>
    public abstract ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result);

    /// <summary>Completes a leaf value of <paramref name="field"/> (only when <see cref="IsLeaf"/>).</summary>
    /// <exception cref="Exception">A field error; the caller records it.</exception>
    public virtual object? CompleteLeaf(PlannedField field, object? result) =>
        throw new InvalidOperationException("Only leaf types complete without a context.");
}
