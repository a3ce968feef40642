using Serverless.GraphQL.Diagnostics;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Checks directives applied in SDL against the schema's directive definitions: KnownDirectives (name and
/// location), UniqueDirectivesPerLocation, KnownArgumentNames, ProvidedRequiredArguments and argument values
/// (§5.7 rules as graphql-js applies them to SDL). Names, locations and uniqueness need only the directive
/// definitions' syntax and are checked with the other SDL rules; argument values need the runtime input types and are
/// checked once types exist (<paramref name="argumentsOnly"/>).
/// </summary>
internal sealed class AppliedDirectiveChecker(IReadOnlyDictionary<string, DirectiveDefinition> directives, List<SchemaError> errors, bool argumentsOnly)
{
    /// <summary>Argument-less stand-ins for the SDL's and the specified directives, enough for the name/location checks.</summary>
    public static Dictionary<string, DirectiveDefinition> Declared(SdlDefinitions sdl)
    {
        var declared = SpecifiedDirectives.All.ToDictionary(directive => directive.Name, StringComparer.Ordinal);
        foreach (var node in sdl.Directives)
        {
            var locations = node.Locations
                .Select(location => DirectiveLocationNames.TryParse(location.Value, out var parsed) ? parsed : (DirectiveLocation?)null)
                .OfType<DirectiveLocation>();
            declared[node.Name.Value] = new DirectiveDefinition(node.Name.Value, locations) { IsRepeatable = node.Repeatable };
        }

        return declared;
    }

    public void Check(SdlDefinitions sdl)
    {
        Check([.. (sdl.SchemaDefinition?.Directives ?? []), .. sdl.SchemaExtensions.SelectMany(extension => extension.Directives)], DirectiveLocation.Schema);
        foreach (var group in sdl.Types)
        {
            Check([.. group.Directives], TypeLocation(group.Definition));
            foreach (var field in group.Fields)
            {
                Check(field.Directives, DirectiveLocation.FieldDefinition);
                CheckArguments(field.Arguments);
            }

            foreach (var value in group.EnumValues)
            {
                Check(value.Directives, DirectiveLocation.EnumValue);
            }

            foreach (var field in group.InputFields)
            {
                Check(field.Directives, DirectiveLocation.InputFieldDefinition);
            }
        }

        foreach (var directive in sdl.Directives)
        {
            CheckArguments(directive.Arguments);
        }
    }

    private static DirectiveLocation TypeLocation(TypeDefinitionNode definition) => definition switch
    {
        ObjectTypeDefinitionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode => DirectiveLocation.Enum,
        InputObjectTypeDefinitionNode => DirectiveLocation.InputObject,
        _ => DirectiveLocation.Scalar,
    };

    private void CheckArguments(IEnumerable<InputValueDefinitionNode> arguments)
    {
        foreach (var argument in arguments)
        {
            Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void Check(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in applied)
        {
            var name = node.Name.Value;
            if (!directives.TryGetValue(name, out var directive))
            {
                if (!argumentsOnly)
                {
                    errors.Add(new SchemaError($"Unknown directive \"@{name}\".", [node]));
                }

                continue;
            }

            if (argumentsOnly)
            {
                CheckArgumentValues(node, directive);
                continue;
            }

            if (!directive.Locations.Contains(location))
            {
                errors.Add(new SchemaError($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.GetName(location)}.", [node]));
            }

            if (!directive.IsRepeatable && !seen.Add(name))
            {
                errors.Add(new SchemaError($"The directive \"@{name}\" can only be used once at this location.", [node]));
            }
        }
    }

    private void CheckArgumentValues(DirectiveNode node, DirectiveDefinition directive)
    {
        foreach (var argument in node.Arguments)
        {
            var definition = directive.GetArgument(argument.Name.Value);
            if (definition is null)
            {
                var hint = Suggestions.DidYouMean(Suggestions.Rank(argument.Name.Value, directive.Arguments.Select(a => a.Name)));
                errors.Add(new SchemaError($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\".{hint}", [argument]));
                continue;
            }

            try
            {
                ValueCoercion.CoerceInputLiteral(argument.Value, definition.Type);
            }
            catch (CoercionException error)
            {
                errors.Add(new SchemaError($"Argument \"{definition}\" has invalid value: {error.Message}", [argument.Value]));
            }
        }

        foreach (var definition in directive.Arguments)
        {
            if (definition.IsRequired && node.Arguments.All(argument => argument.Name.Value != definition.Name))
            {
                errors.Add(new SchemaError($"Argument \"{definition}\" of type \"{definition.Type}\" is required, but it was not provided.", [node]));
            }
        }
    }
}
