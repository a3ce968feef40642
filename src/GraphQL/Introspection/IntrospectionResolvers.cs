using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Introspection;

/// <summary>The resolvers of the introspection types' fields (§4.2), keyed by (type name, field name).</summary>
internal static class IntrospectionResolvers
{
    public static IReadOnlyDictionary<(string Type, string Field), FieldResolver> All { get; } = new Dictionary<(string, string), FieldResolver>
    {
        [("__Schema", "description")] = On<Schema>(schema => schema.Description),
        [("__Schema", "types")] = On<Schema>(schema => schema.OrderedTypes),
        [("__Schema", "queryType")] = On<Schema>(schema => schema.QueryType),
        [("__Schema", "mutationType")] = On<Schema>(schema => schema.MutationType),
        [("__Schema", "subscriptionType")] = On<Schema>(schema => schema.SubscriptionType),
        [("__Schema", "directives")] = On<Schema>(schema => schema.Directives),

        [("__Type", "kind")] = On<GraphQLType>(type => type.Kind),
        [("__Type", "name")] = On<GraphQLType>(type => (type as NamedType)?.Name),
        [("__Type", "description")] = On<GraphQLType>(type => (type as NamedType)?.Description),
        [("__Type", "specifiedByURL")] = On<GraphQLType>(type => (type as ScalarType)?.SpecifiedByUrl),
        [("__Type", "fields")] = On<GraphQLType>((type, context) => (type as ImplementingType)?.Fields.Where(field => Include(context, field.IsDeprecated)).ToList()),
        [("__Type", "interfaces")] = On<GraphQLType>(type => (type as ImplementingType)?.Interfaces),
        [("__Type", "possibleTypes")] = On<GraphQLType>((type, context) => type is UnionType or InterfaceType ? context.Schema.GetPossibleTypes((NamedType)type) : null),
        [("__Type", "enumValues")] = On<GraphQLType>((type, context) => (type as EnumType)?.Values.Where(value => Include(context, value.IsDeprecated)).ToList()),
        [("__Type", "inputFields")] = On<GraphQLType>((type, context) => (type as InputObjectType)?.Fields.Where(field => Include(context, field.IsDeprecated)).ToList()),
        [("__Type", "ofType")] = On<GraphQLType>(type => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        [("__Type", "isOneOf")] = On<GraphQLType>(type => (type as InputObjectType)?.IsOneOf),

        [("__Field", "name")] = On<Field>(field => field.Name),
        [("__Field", "description")] = On<Field>(field => field.Description),
        [("__Field", "args")] = On<Field>((field, context) => field.Arguments.Where(argument => Include(context, argument.IsDeprecated)).ToList()),
        [("__Field", "type")] = On<Field>(field => field.Type),
        [("__Field", "isDeprecated")] = On<Field>(field => field.IsDeprecated),
        [("__Field", "deprecationReason")] = On<Field>(field => field.DeprecationReason),

        [("__InputValue", "name")] = On<InputValue>(input => input.Name),
        [("__InputValue", "description")] = On<InputValue>(input => input.Description),
        [("__InputValue", "type")] = On<InputValue>(input => input.Type),
        // §4.2.4: the default "encoded in GraphQL language"; printed as written, as graphql-js 17 does.
        [("__InputValue", "defaultValue")] = On<InputValue>(input => input.DefaultValueLiteral is { } literal ? Printer.Print(literal) : null),
        [("__InputValue", "isDeprecated")] = On<InputValue>(input => input.IsDeprecated),
        [("__InputValue", "deprecationReason")] = On<InputValue>(input => input.DeprecationReason),

        [("__EnumValue", "name")] = On<EnumValue>(value => value.Name),
        [("__EnumValue", "description")] = On<EnumValue>(value => value.Description),
        [("__EnumValue", "isDeprecated")] = On<EnumValue>(value => value.IsDeprecated),
        [("__EnumValue", "deprecationReason")] = On<EnumValue>(value => value.DeprecationReason),

        [("__Directive", "name")] = On<DirectiveDefinition>(directive => directive.Name),
        [("__Directive", "description")] = On<DirectiveDefinition>(directive => directive.Description),
        [("__Directive", "isRepeatable")] = On<DirectiveDefinition>(directive => directive.IsRepeatable),
        [("__Directive", "locations")] = On<DirectiveDefinition>(directive => directive.Locations),
        [("__Directive", "args")] = On<DirectiveDefinition>((directive, context) => directive.Arguments.Where(argument => Include(context, argument.IsDeprecated)).ToList()),
    };

    /// <summary>§4.2: deprecated elements are listed only when <c>includeDeprecated: true</c>.</summary>
    private static bool Include(IResolveFieldContext context, bool isDeprecated) =>
        !isDeprecated || context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static FieldResolver On<TParent>(Func<TParent, object?> read) => On<TParent>((parent, _) => read(parent));

    private static FieldResolver On<TParent>(Func<TParent, IResolveFieldContext, object?> read) => context =>
        context.Parent is TParent parent
            ? ValueTask.FromResult(read(parent, context))
            : throw new InvalidOperationException($"Introspection field {context.Field} expects a {typeof(TParent).Name} parent but got {context.Parent?.GetType().Name ?? "null"}.");
}
