namespace Serverless.GraphQL.Types;

/// <summary>
/// Host-specific result coercion for the five specified scalars (GraphQL spec §3.5: "a GraphQL service may decide
/// to allow coercing different internal types to the expected return type"). Called with a resolved value that is
/// not already in the scalar's canonical CLR form (string, int, double, bool); returns the value to serialize with
/// the built-in coercion, or null for a null result. Throw <see cref="CoercionException"/> for a value that cannot
/// be represented: it becomes a field error of that element only.
/// </summary>
public delegate object? SpecifiedScalarResultAdapter(ScalarType scalar, object value);
