namespace Serverless.GraphQL.Execution;

/// <summary>§6.4.4: the marker of a null in a non-null position that travels up to the nearest nullable parent.</summary>
internal static class NullPropagation
{
    public static readonly object Marker = new();

    /// <summary>At a nullable position (field or list item) the propagated null stops and becomes a plain null.</summary>
    public static object? AbsorbAt(bool isNonNull, object? value) => !isNonNull && ReferenceEquals(value, Marker) ? null : value;
}
