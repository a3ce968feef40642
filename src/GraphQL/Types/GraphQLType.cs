namespace Serverless.GraphQL.Types;

/// <summary>
/// Any type of the runtime type system (§3): a named type or a list / non-null wrapper around one.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The introspection kind (§4.2.1).</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrappers (§3 "named type").</summary>
    public abstract NamedType Named { get; }

    /// <summary>Whether values of this type may be used as inputs: scalars, enums, input objects and wrappers of them (§3 IsInputType).</summary>
    public abstract bool IsInputType { get; }

    /// <summary>Whether this type may be a field's type: everything but input objects (§3 IsOutputType).</summary>
    public abstract bool IsOutputType { get; }

    /// <summary>The type in SDL notation, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>Structural equality of type references (§3.6.1 "IsEqualType"); named types compare by identity.</summary>
    public abstract bool IsEqualTo(GraphQLType other);
}
