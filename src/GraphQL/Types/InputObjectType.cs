namespace Serverless.GraphQL.Types;

/// <summary>An input object type (§3.10), possibly a OneOf input object (§3.10.1).</summary>
public sealed class InputObjectType : NamedType
{
    private readonly Lazy<(IReadOnlyList<InputField> List, Dictionary<string, InputField> Map)> _fields;

    public InputObjectType(string name, Func<IEnumerable<InputField>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new(() => Materialize(fields()));
    }

    public IReadOnlyList<InputField> Fields => _fields.Value.List;

    /// <summary>§3.10.1: exactly one field must be given, and it must be non-null.</summary>
    public bool IsOneOf { get; init; }

    public override TypeKind Kind => TypeKind.InputObject;

    internal override IEnumerable<GraphQLType> ReferencedTypes => Fields.Select(member => member.Type);

    public override bool IsInputType => true;

    public override bool IsOutputType => false;

    public InputField? GetField(string name) => _fields.Value.Map.GetValueOrDefault(name);

    private (IReadOnlyList<InputField>, Dictionary<string, InputField>) Materialize(IEnumerable<InputField> fields)
    {
        var list = fields.ToList();
        var map = new Dictionary<string, InputField>(StringComparer.Ordinal);
        foreach (var field in list)
        {
            field.AttachTo(this);
            map.TryAdd(field.Name, field);
        }

        return (list, map);
    }
}
