using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Introspection;

/// <summary>
/// The introspection types of §4.2, shared by every schema. Their resolvers read the runtime model and take the
/// schema from <see cref="IResolveFieldContext.Schema"/>, so one set serves all schemas.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly Dictionary<string, NamedType> Built = Build();

    public static ObjectType Schema { get; } = (ObjectType)Built["__Schema"];

    public static ObjectType Type { get; } = (ObjectType)Built["__Type"];

    public static ObjectType Field { get; } = (ObjectType)Built["__Field"];

    public static ObjectType InputValue { get; } = (ObjectType)Built["__InputValue"];

    public static ObjectType EnumValue { get; } = (ObjectType)Built["__EnumValue"];

    public static ObjectType Directive { get; } = (ObjectType)Built["__Directive"];

    public static EnumType TypeKind { get; } = (EnumType)Built["__TypeKind"];

    public static EnumType DirectiveLocation { get; } = (EnumType)Built["__DirectiveLocation"];

    /// <summary>All eight introspection types in §4.2 order.</summary>
    public static IReadOnlyList<NamedType> All { get; } = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocation];

    private static Dictionary<string, NamedType> Build()
    {
        var resolvers = IntrospectionResolvers.All;
        var options = new SchemaBuildOptions
        {
            ResolveField = (type, field) => resolvers.GetValueOrDefault((type, field)),
            EnumValues = new Dictionary<string, IReadOnlyDictionary<string, object?>>
            {
                ["__TypeKind"] = SpecNames<Serverless.GraphQL.Types.TypeKind>(kind => kind switch
                {
                    Serverless.GraphQL.Types.TypeKind.InputObject => "INPUT_OBJECT",
                    Serverless.GraphQL.Types.TypeKind.NonNull => "NON_NULL",
                    _ => kind.ToString().ToUpperInvariant(),
                }),
                ["__DirectiveLocation"] = SpecNames<Serverless.GraphQL.Types.DirectiveLocation>(DirectiveLocationNames.GetName),
            },
        };
        var errors = new List<SchemaError>();
        var sdl = SdlDefinitions.Collect(Parser.Parse(IntrospectionSdl.Text), errors);
        new SdlReferenceChecker(sdl, errors).Check();
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        var factory = new TypeFactory(sdl, options);
        return sdl.Types.ToDictionary(group => group.Name, group => factory.Types[group.Name], StringComparer.Ordinal);
    }

    private static Dictionary<string, object?> SpecNames<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(name, value => (object?)value, StringComparer.Ordinal);
}
