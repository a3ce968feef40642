using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>Check 1 of §2.5: the descriptor, with its defaults (§2.1).</summary>
internal static class DescriptorReader
{
    private const string DescriptorError = "Error with GraphQL App Descriptor";

    public static AppDescriptor Read(BsonDocument definition)
    {
        var id = definition.GetValueOrDefault("_id");
        var descriptorValue = definition.GetValueOrDefault("descriptor");
        if (descriptorValue is null)
        {
            return new AppDescriptor(UriFromId(id), Enabled: true, Description: string.Empty);
        }

        if (descriptorValue is not BsonDocument descriptor)
        {
            throw new DefinitionException($"'Descriptor' field must be an Object but was {BsonTypeNames.Of(descriptorValue)}");
        }

        var uri = descriptor.GetValueOrDefault("uri") switch
        {
            null => UriFromId(id),
            BsonString text => Normalise(text.Value),
            _ => throw new DefinitionException(DescriptorError),
        };
        var enabled = descriptor.GetValueOrDefault("enabled") switch
        {
            null => true,
            BsonBoolean flag => flag.Value,
            _ => throw new DefinitionException(DescriptorError),
        };
        var description = descriptor.GetValueOrDefault("description") switch
        {
            null => string.Empty,
            BsonString text => text.Value,
            _ => throw new DefinitionException(DescriptorError),
        };
        return new AppDescriptor(uri, enabled, description);
    }

    // Without descriptor.uri the app is served at its _id, which must then be a string (§2.1). A document with no
    // _id yet (about to be inserted) has no uri.
    private static string? UriFromId(BsonValue? id) => id switch
    {
        null => null,
        BsonString text => Normalise(text.Value),
        _ => throw new DefinitionException(DescriptorError),
    };

    // [REC] of §2.1: request URIs have no leading slash, so "/v1/users" must mean "v1/users". An empty uri could
    // never be requested.
    private static string Normalise(string uri)
    {
        var trimmed = uri.Trim('/');
        return trimmed.Length > 0 ? trimmed : throw new DefinitionException(DescriptorError);
    }
}
