using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// The type-system definitions of an SDL document grouped by name with their extensions applied, plus the checks
/// that need only the document: LoneSchemaDefinition, UniqueTypeNames, UniqueDirectiveNames, UniqueOperationTypes,
/// PossibleTypeExtensions (§3.3, §3.4, §3.13). Executable definitions are ignored, as graphql-js buildASTSchema does.
/// </summary>
internal sealed class SdlDefinitions
{
    private readonly Dictionary<string, TypeDefinitionGroup> _types = new(StringComparer.Ordinal);

    // Rejected duplicate schema definitions still count for UniqueOperationTypes, as in graphql-js.
    private readonly List<SchemaDefinitionNode> _extraSchemaDefinitions = [];

    private SdlDefinitions()
    {
    }

    public SchemaDefinitionNode? SchemaDefinition { get; private set; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    public List<TypeDefinitionGroup> Types { get; } = [];

    public List<DirectiveDefinitionNode> Directives { get; } = [];

    public IEnumerable<OperationTypeDefinitionNode> OperationTypes =>
        (SchemaDefinition?.OperationTypes ?? []).Concat(SchemaExtensions.SelectMany(extension => extension.OperationTypes));

    public TypeDefinitionGroup? GetType(string name) => _types.GetValueOrDefault(name);

    public static SdlDefinitions Collect(DocumentNode document, List<SchemaError> errors)
    {
        var sdl = new SdlDefinitions();
        var extensions = new List<TypeExtensionNode>();
        var directiveNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema when sdl.SchemaDefinition is not null:
                    errors.Add(new SchemaError("Must provide only one schema definition.", [schema]));
                    sdl._extraSchemaDefinitions.Add(schema);
                    break;
                case SchemaDefinitionNode schema:
                    sdl.SchemaDefinition = schema;
                    break;
                case SchemaExtensionNode schemaExtension:
                    sdl.SchemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionNode type:
                    sdl.AddType(type, errors);
                    break;
                case TypeExtensionNode extension:
                    extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive when !directiveNames.Add(directive.Name.Value):
                    errors.Add(new SchemaError($"There can be only one directive named \"@{directive.Name.Value}\".", [directive.Name]));
                    break;
                case DirectiveDefinitionNode directive:
                    sdl.Directives.Add(directive);
                    break;
            }
        }

        foreach (var extension in extensions)
        {
            sdl.ApplyExtension(extension, errors);
        }

        sdl.CheckOperationTypes(errors);
        return sdl;
    }

    private void AddType(TypeDefinitionNode type, List<SchemaError> errors)
    {
        var name = type.Name.Value;
        if (!_types.TryAdd(name, new TypeDefinitionGroup(type)))
        {
            errors.Add(new SchemaError($"There can be only one type named \"{name}\".", [_types[name].Definition.Name, type.Name]));
            return;
        }

        Types.Add(_types[name]);
    }

    private void ApplyExtension(TypeExtensionNode extension, List<SchemaError> errors)
    {
        var name = extension.Name.Value;
        if (!_types.TryGetValue(name, out var group))
        {
            errors.Add(new SchemaError($"Cannot extend type \"{name}\" because it is not defined.", [extension.Name]));
            return;
        }

        var expected = TypeDefinitionGroup.KindWord(extension);
        if (TypeDefinitionGroup.KindWord(group.Definition) != expected)
        {
            errors.Add(new SchemaError($"Cannot extend non-{expected} type \"{name}\".", [group.Definition, extension]));
            return;
        }

        group.Extensions.Add(extension);
    }

    private void CheckOperationTypes(List<SchemaError> errors)
    {
        var seen = new HashSet<OperationType>();
        foreach (var operationType in OperationTypes.Concat(_extraSchemaDefinitions.SelectMany(schema => schema.OperationTypes)))
        {
            if (!seen.Add(operationType.Operation))
            {
                errors.Add(new SchemaError($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", [operationType]));
            }
        }
    }
}
