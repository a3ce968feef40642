namespace Serverless.GraphQL.Types;

/// <summary>An object type (§3.6): the concrete shape every resolved composite value has.</summary>
public sealed class ObjectType : ImplementingType
{
    public ObjectType(string name, Func<IEnumerable<Field>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Object;
}
