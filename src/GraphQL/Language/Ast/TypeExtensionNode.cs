namespace Serverless.GraphQL.Language;

/// <summary>An extension of a named type (§3.4.1 TypeExtension).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode(Location location)
        : base(location)
    {
    }

    public abstract NameNode Name { get; }
}
