using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL with graphql-js <c>buildSchema</c> semantics: the schema definition or the
/// default root names Query/Mutation/Subscription (§3.3.1), every extension applied (§3.4.3), the specified
/// directives added unless redefined, and host behaviour from <see cref="SchemaBuildOptions"/>.
/// </summary>
public static class SchemaBuilder
{
    /// <exception cref="GraphQLSyntaxException">The SDL does not parse.</exception>
    /// <exception cref="SchemaValidationException">The SDL or the resulting schema is invalid.</exception>
    public static Schema FromSdl(string sdl, SchemaBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return FromSdl(Parser.Parse(sdl, options?.ParserOptions), options);
    }

    /// <exception cref="SchemaValidationException">The SDL or the resulting schema is invalid.</exception>
    public static Schema FromSdl(DocumentNode document, SchemaBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= SchemaBuildOptions.Default;
        var errors = new List<SchemaError>();
        var sdl = SdlDefinitions.Collect(document, errors);
        new SdlReferenceChecker(sdl, errors).Check();
        new AppliedDirectiveChecker(AppliedDirectiveChecker.Declared(sdl), errors, argumentsOnly: false).Check(sdl);
        HostHookChecker.Check(sdl, options, errors);
        ThrowIfAny(errors);

        var factory = new TypeFactory(sdl, options);
        var directives = factory.Directives
            .Concat(SpecifiedDirectives.All.Where(specified => factory.Directives.All(defined => defined.Name != specified.Name)))
            .ToList();
        new AppliedDirectiveChecker(directives.ToDictionary(directive => directive.Name, StringComparer.Ordinal), errors, argumentsOnly: true).Check(sdl);
        ThrowIfAny(errors);

        var schema = new Schema(
            RootType(sdl, factory, OperationType.Query),
            RootType(sdl, factory, OperationType.Mutation),
            RootType(sdl, factory, OperationType.Subscription),
            sdl.Types.Select(group => factory.Types[group.Name]),
            directives)
        {
            Description = sdl.SchemaDefinition?.Description?.Value,
            IsIntrospectionEnabled = options.IsIntrospectionEnabled,
            SpecifiedScalarResultAdapter = options.SpecifiedScalarResultAdapter,
            AstNode = sdl.SchemaDefinition,
            ExtensionAstNodes = sdl.SchemaExtensions,
        };
        if (!options.AssumeValid)
        {
            ThrowIfAny(schema.Validate());
        }

        return schema;
    }

    private static ObjectType? RootType(SdlDefinitions sdl, TypeFactory factory, OperationType operation)
    {
        var explicitType = sdl.OperationTypes.FirstOrDefault(node => node.Operation == operation);
        if (explicitType is not null)
        {
            return (ObjectType)factory.Types[explicitType.Type.Name.Value];
        }

        // §3.3.1 Default Root Operation Type Names apply only without a schema definition.
        return sdl.SchemaDefinition is null && factory.Types.GetValueOrDefault(operation.ToString()) is ObjectType byName ? byName : null;
    }

    private static void ThrowIfAny(IReadOnlyList<SchemaError> errors)
    {
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }
    }
}
