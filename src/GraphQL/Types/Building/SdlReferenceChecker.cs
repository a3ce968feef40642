using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// SDL checks on names and references: KnownTypeNames, UniqueFieldDefinitionNames, UniqueArgumentDefinitionNames,
/// UniqueEnumValueNames, and the member kinds a runtime type cannot even hold (implemented non-interfaces,
/// non-object union members, non-object root types), worded as graphql-js.
/// </summary>
internal sealed class SdlReferenceChecker(SdlDefinitions sdl, List<SchemaError> errors)
{
    public void Check()
    {
        foreach (var group in sdl.Types)
        {
            CheckGroup(group);
        }

        foreach (var directive in sdl.Directives)
        {
            CheckArguments($"@{directive.Name.Value}", directive.Arguments);
        }

        foreach (var operationType in sdl.OperationTypes)
        {
            var name = operationType.Type.Name.Value;
            if (CheckKnown(operationType.Type) && sdl.GetType(name)?.Definition is not ObjectTypeDefinitionNode)
            {
                var operation = operationType.Operation.ToString();
                errors.Add(new SchemaError(
                    operationType.Operation == OperationType.Query
                        ? $"{operation} root type must be Object type, it cannot be {name}."
                        : $"{operation} root type must be Object type if provided, it cannot be {name}.",
                    [operationType.Type]));
            }
        }
    }

    private void CheckGroup(TypeDefinitionGroup group)
    {
        var fieldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in group.Fields)
        {
            if (!fieldNames.Add(field.Name.Value))
            {
                errors.Add(new SchemaError($"Field \"{group.Name}.{field.Name.Value}\" can only be defined once.", [field.Name]));
            }

            CheckKnown(field.Type);
            CheckArguments($"{group.Name}.{field.Name.Value}", field.Arguments);
        }

        foreach (var iface in group.Interfaces)
        {
            if (CheckKnown(iface) && sdl.GetType(iface.Name.Value)?.Definition is not InterfaceTypeDefinitionNode)
            {
                errors.Add(new SchemaError($"Type {group.Name} must only implement Interface types, it cannot implement {iface.Name.Value}.", [iface]));
            }
        }

        foreach (var member in group.UnionMembers)
        {
            if (CheckKnown(member) && sdl.GetType(member.Name.Value)?.Definition is not ObjectTypeDefinitionNode)
            {
                errors.Add(new SchemaError($"Union type {group.Name} can only include Object types, it cannot include {member.Name.Value}.", [member]));
            }
        }

        var valueNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in group.EnumValues)
        {
            if (!valueNames.Add(value.Name.Value))
            {
                errors.Add(new SchemaError($"Enum value \"{group.Name}.{value.Name.Value}\" can only be defined once.", [value.Name]));
            }
        }

        var inputNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in group.InputFields)
        {
            if (!inputNames.Add(field.Name.Value))
            {
                errors.Add(new SchemaError($"Field \"{group.Name}.{field.Name.Value}\" can only be defined once.", [field.Name]));
            }

            CheckKnown(field.Type);
        }
    }

    private void CheckArguments(string owner, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!names.Add(argument.Name.Value))
            {
                errors.Add(new SchemaError($"Argument \"{owner}({argument.Name.Value}:)\" can only be defined once.", [argument.Name]));
            }

            CheckKnown(argument.Type);
        }
    }

    private bool CheckKnown(TypeNode type)
    {
        var named = Innermost(type);
        var name = named.Name.Value;
        if (sdl.GetType(name) is not null || ScalarType.SpecifiedScalars.Any(scalar => scalar.Name == name))
        {
            return true;
        }

        // graphql-js KnownTypeNames suggests among the built-in, introspection and defined type names.
        var candidates = ScalarType.SpecifiedScalars.Select(scalar => scalar.Name)
            .Concat(Introspection.IntrospectionTypes.All.Select(type => type.Name))
            .Concat(sdl.Types.Select(group => group.Name));
        var hint = Suggestions.DidYouMean(Suggestions.Rank(name, candidates));
        errors.Add(new SchemaError($"Unknown type \"{name}\".{hint}", [named]));
        return false;
    }

    private static NamedTypeNode Innermost(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => Innermost(nonNull.Type),
        ListTypeNode list => Innermost(list.Type),
        _ => (NamedTypeNode)type,
    };
}
