namespace Serverless.GraphQL.Types;

/// <summary>The kinds of type the type system distinguishes (§4.2.1 <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
