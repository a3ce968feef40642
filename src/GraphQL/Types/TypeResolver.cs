namespace Serverless.GraphQL.Types;

/// <summary>
/// Picks the object type of a value whose field type is an interface or union (§6.4.4 ResolveAbstractType).
/// Returning null, or a type that is not a possible type of the abstract type, is a field error.
/// </summary>
public delegate ValueTask<ObjectType?> TypeResolver(object value, IResolveFieldContext context);
