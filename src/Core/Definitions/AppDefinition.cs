using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// A validated app definition <c>{_id, descriptor, schema, mappings}</c> (reference §2), with storage escaping
/// already undone. Produced only by <see cref="AppDefinitionLoader"/>.
/// </summary>
public sealed record AppDefinition(BsonValue? Id, AppDescriptor Descriptor, string Schema, AppMappings Mappings)
{
    /// <summary>
    /// The SDL to build: the seven BSON scalar declarations prepended on the same line, as validated (§2.3).
    /// Column numbers of line 1 are shifted by the header, as in RESTHeart.
    /// </summary>
    public string SdlWithBsonScalars => SchemaReader.WithBsonScalars(Schema);
}
