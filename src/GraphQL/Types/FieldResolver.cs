namespace Serverless.GraphQL.Types;

/// <summary>Produces a field's value (§6.4.3 ResolveFieldValue); asynchronous so resolvers can do I/O without blocking.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);
