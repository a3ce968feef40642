namespace Serverless.GraphQL.Types;

/// <summary>An interface type (§3.7); it may itself implement interfaces.</summary>
public sealed class InterfaceType : ImplementingType
{
    public InterfaceType(string name, Func<IEnumerable<Field>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>The host's resolution of a value to its object type (§6.4.4); null leaves it to the executor's default.</summary>
    public TypeResolver? ResolveType { get; init; }
}
