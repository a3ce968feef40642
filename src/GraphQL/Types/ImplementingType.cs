namespace Serverless.GraphQL.Types;

/// <summary>
/// An object or interface type: both have fields and may implement interfaces (§3.6, §3.7). Fields and interfaces
/// are given as thunks so mutually recursive types can be built before they are read.
/// </summary>
public abstract class ImplementingType : NamedType
{
    private readonly Lazy<(IReadOnlyList<Field> List, Dictionary<string, Field> Map)> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;

    private protected ImplementingType(string name, Func<IEnumerable<Field>> fields, Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new(() => Materialize(fields()));
        _interfaces = new(() => interfaces is null ? [] : [.. interfaces()]);
    }

    public IReadOnlyList<Field> Fields => _fields.Value.List;

    /// <summary>The interfaces this type declares it implements (§3.6 ImplementsInterfaces), in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    public override bool IsInputType => false;

    public override bool IsOutputType => true;

    internal override IEnumerable<GraphQLType> ReferencedTypes =>
        Interfaces.Concat(Fields.SelectMany(member => member.Arguments.Select(argument => argument.Type).Prepend(member.Type)));

    public Field? GetField(string name) => _fields.Value.Map.GetValueOrDefault(name);

    private (IReadOnlyList<Field>, Dictionary<string, Field>) Materialize(IEnumerable<Field> fields)
    {
        var list = fields.ToList();
        var map = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var field in list)
        {
            field.AttachTo(this);
            map.TryAdd(field.Name, field);
        }

        return (list, map);
    }
}
