using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// The executor's resolve context: everything of <see cref="IResolveFieldContext"/> plus the request-scoped parts
/// (loaders, services, variables, the field's AST). Resolvers reach it with <c>context as IExecutionFieldContext</c>
/// or the <see cref="ResolveFieldContextExtensions"/>.
/// </summary>
public interface IExecutionFieldContext : IResolveFieldContext
{
    /// <summary>The request's loaders; loads requested while one level resolves are sent as one batch.</summary>
    DataLoaderRegistry Loaders { get; }

    IServiceProvider? Services { get; }

    /// <summary>The field nodes merged under this response key (§6.4 "fields").</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>Coerced variable values (§6.1.2).</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    object? RootValue { get; }
}
