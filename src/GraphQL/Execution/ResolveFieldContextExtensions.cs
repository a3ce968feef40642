using Serverless.GraphQL.Batching;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Execution;

/// <summary>Access to the executor's request-scoped parts from the type system's <see cref="IResolveFieldContext"/>.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The request's <see cref="DataLoaderRegistry"/>.</summary>
    /// <exception cref="InvalidOperationException">The context does not come from <see cref="Executor"/>.</exception>
    public static DataLoaderRegistry GetLoaders(this IResolveFieldContext context) => AsExecution(context).Loaders;

    /// <summary>The request's services, if the host gave any.</summary>
    public static IServiceProvider? GetServices(this IResolveFieldContext context) => AsExecution(context).Services;

    private static IExecutionFieldContext AsExecution(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context as IExecutionFieldContext
            ?? throw new InvalidOperationException($"The resolve context {context.GetType().Name} was not created by {nameof(Executor)}.");
    }
}
