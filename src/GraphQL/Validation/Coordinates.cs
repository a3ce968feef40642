using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// Schema coordinates in messages. The introspection meta-fields (§4.1) belong to no type, and graphql-js names them
/// <c>&lt;meta&gt;.__type</c>; the Types layer leaves their owner empty, so the prefix is supplied here.
/// </summary>
internal static class Coordinates
{
    private const string Meta = "<meta>";

    public static string Of(Field field) => field.DeclaringType is null ? $"{Meta}.{field.Name}" : field.ToString();

    public static string Of(Field field, Argument argument) =>
        argument.Owner.Length == 0 ? $"{Of(field)}({argument.Name}:)" : argument.ToString();
}
