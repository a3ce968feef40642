using System.Security.Cryptography;
using Serverless.Bson;
using Serverless.Core.Definitions;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.Mongo;

namespace Serverless.Core.Compilation;

/// <summary>
/// Compiles an app definition document into an executable <see cref="CompiledApp"/> (reference §4: one executable
/// schema per app): definition-time validation (§2.5), then the SDL bound to the mappings.
/// </summary>
public sealed class AppCompiler
{
    private readonly MongoClient _client;
    private readonly CoreOptions _options;

    public AppCompiler(MongoClient client, CoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
    }

    /// <summary>Never throws on bad input: <see cref="CompileResult.Error"/> is the text after "Invalid GraphQL app definition: " (§2.6).</summary>
    public CompileResult Compile(BsonDocument definitionDocument)
    {
        ArgumentNullException.ThrowIfNull(definitionDocument);
        var loaded = AppDefinitionLoader.Load(definitionDocument, _options.Definitions);
        if (loaded.Definition is not { } definition)
        {
            return new CompileResult(null, loaded.Error);
        }

        Schema schema;
        try
        {
            // The loader validated this SDL already; a failure here would mean the bindings broke it.
            var sdl = Parser.Parse(definition.SdlWithBsonScalars);
            schema = SchemaBuilder.FromSdl(sdl, new SchemaBindings(definition, _options, sdl).ToBuildOptions());
        }
        catch (Exception exception) when (exception is GraphQLSyntaxException or SchemaValidationException)
        {
            return new CompileResult(null, $"Invalid GraphQL schema: {exception.Message}");
        }

        return new CompileResult(new CompiledApp(_client, _options, definition, schema, VersionOf(definitionDocument)), null);
    }

    /// <summary>SHA-256 hex of the document's BSON bytes: equal versions = nothing to recompile (§14 [REC]).</summary>
    public static string VersionOf(BsonDocument definitionDocument)
    {
        ArgumentNullException.ThrowIfNull(definitionDocument);
        return Convert.ToHexStringLower(SHA256.HashData(BsonCodec.Encode(definitionDocument)));
    }
}
