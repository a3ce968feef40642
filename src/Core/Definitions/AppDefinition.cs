using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// A validated app definition <c>{_id, descriptor, schema, mappings}</c> (reference §2), with storage escaping
/// already undone. Produced only by <see cref="AppDefinitionLoader"/>.
/// </summary>
public sealed record AppDefinition(BsonValue? Id, AppDescriptor Descriptor, string Schema, AppMappings Mappings);
