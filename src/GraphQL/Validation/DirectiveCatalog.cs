using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Validation;

/// <summary>
/// The directives a document may use: the schema's, overridden by directive definitions in the document itself (which
/// graphql-js honours even though §5.1.1 then rejects those definitions).
/// </summary>
internal static class DirectiveCatalog
{
    public static Dictionary<string, IReadOnlyList<string>> ArgumentNames(ValidationContext context) =>
        Build<IReadOnlyList<string>>(context, d => [.. d.Arguments.Select(a => a.Name)], d => [.. d.Arguments.Select(a => a.Name.Value)]);

    public static Dictionary<string, IReadOnlyList<string>> LocationNames(ValidationContext context) =>
        Build<IReadOnlyList<string>>(context, d => [.. d.Locations.Select(Types.DirectiveLocationNames.GetName)], d => [.. d.Locations.Select(l => l.Value)]);

    public static Dictionary<string, bool> Repeatable(ValidationContext context) =>
        Build(context, d => d.IsRepeatable, d => d.Repeatable);

    private static Dictionary<string, T> Build<T>(ValidationContext context, Func<Types.DirectiveDefinition, T> fromSchema, Func<DirectiveDefinitionNode, T> fromDocument)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            map[directive.Name] = fromSchema(directive);
        }

        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            map[definition.Name.Value] = fromDocument(definition);
        }

        return map;
    }
}
