using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.3 CompleteValue for interfaces and unions: ResolveAbstractType, checked, then object completion.</summary>
internal sealed class AbstractCompleter(NamedType abstractType, TypeResolver? resolveType) : ValueCompleter
{
    private readonly TypeResolver _resolveType = resolveType ?? DefaultResolvers.ResolveTypeByTypename;

    public override async ValueTask<object?> CompleteAsync(FieldExecutor executor, FieldContext field, ResponsePath path, object? result)
    {
        if (result is null)
        {
            return null;
        }

        var runtimeType = await _resolveType(result, field).ConfigureAwait(true)
            ?? throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        if (!field.Schema.IsSubType(abstractType, runtimeType))
        {
            throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return await executor.CompleteObjectAsync(runtimeType, field, path, result).ConfigureAwait(true);
    }
}
