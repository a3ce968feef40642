using Serverless.Bson;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Definitions;

/// <summary>
/// Check 2 (schema) and check 9 (buildability) of §2.5. The SDL is built with src/GraphQL's SchemaBuilder and no
/// resolvers or scalar implementations: that validates without executing. Deviation: our builder validates the
/// type system in the same call, so semantic SDL errors surface at check 2, where RESTHeart reports them at 9.
/// </summary>
internal static class SchemaReader
{
    /// <summary>The BSON scalars RESTHeart declares before the user's SDL, on the same line (§2.3).</summary>
    public static readonly IReadOnlyList<string> BsonScalars = ["ObjectId", "Decimal128", "Timestamp", "BsonDocument", "DateTime", "Regex", "Long"];

    private static readonly string Header = string.Concat(BsonScalars.Select(name => $"scalar {name} "));

    /// <summary>The SDL as RESTHeart builds it: the BSON scalar declarations, then the user's text.</summary>
    public static string WithBsonScalars(string sdl) => Header + sdl;

    public static (string Sdl, Schema Schema) Read(BsonDocument definition)
    {
        // A missing schema parses the text "null" after the header, as RESTHeart does (§2.3).
        var sdl = definition.GetValueOrDefault("schema") switch
        {
            null => "null",
            BsonString text => text.Value,
            // Fixes quirk 17: RESTHeart prints the type of 'descriptor' here.
            var other => throw new DefinitionException($"'Schema' field must be a String but was {BsonTypeNames.Of(other)}"),
        };
        try
        {
            return (sdl, SchemaBuilder.FromSdl(Parser.Parse(WithBsonScalars(sdl))));
        }
        catch (GraphQLSyntaxException exception)
        {
            throw new DefinitionException("Invalid GraphQL schema: " + exception.Message, exception);
        }
        catch (SchemaValidationException exception)
        {
            throw new DefinitionException("Invalid GraphQL schema: " + exception.Message, exception);
        }
    }

    /// <summary>
    /// Check 9: only the BSON scalars have implementations, so any other custom scalar makes the executable schema
    /// unbuildable (§2.3).
    /// </summary>
    public static void CheckBuildable(Schema schema)
    {
        var unimplemented = schema.OrderedTypes
            .OfType<ScalarType>()
            .FirstOrDefault(scalar => !scalar.IsSpecifiedScalar && !BsonScalars.Contains(scalar.Name));
        if (unimplemented is not null)
        {
            throw new DefinitionException($"Invalid GraphQL schema: There is no scalar implementation for the named '{unimplemented.Name}' scalar type");
        }
    }
}
