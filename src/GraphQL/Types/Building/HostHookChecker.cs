using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>Rejects host hooks that name nothing in the SDL, so a typo in the host's configuration fails loudly at startup.</summary>
internal static class HostHookChecker
{
    public static void Check(SdlDefinitions sdl, SchemaBuildOptions options, List<SchemaError> errors)
    {
        foreach (var name in options.Scalars.Keys)
        {
            if (sdl.GetType(name)?.Definition is not ScalarTypeDefinitionNode || ScalarType.SpecifiedScalars.Any(scalar => scalar.Name == name))
            {
                errors.Add(new SchemaError($"A scalar implementation is given for \"{name}\", but the SDL defines no custom scalar of that name."));
            }
        }

        foreach (var (name, values) in options.EnumValues)
        {
            var group = sdl.GetType(name);
            if (group?.Definition is not EnumTypeDefinitionNode)
            {
                errors.Add(new SchemaError($"Enum values are given for \"{name}\", but the SDL defines no enum of that name."));
                continue;
            }

            foreach (var valueName in values.Keys.Where(valueName => group.EnumValues.All(value => value.Name.Value != valueName)))
            {
                errors.Add(new SchemaError($"An internal value is given for \"{name}.{valueName}\", but enum {name} has no such value."));
            }
        }

        foreach (var name in options.TypeResolvers.Keys)
        {
            if (sdl.GetType(name)?.Definition is not (InterfaceTypeDefinitionNode or UnionTypeDefinitionNode))
            {
                errors.Add(new SchemaError($"A type resolver is given for \"{name}\", but the SDL defines no interface or union of that name."));
            }
        }
    }
}
