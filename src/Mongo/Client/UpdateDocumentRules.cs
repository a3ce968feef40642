using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Client-side checks the CRUD spec requires before anything is sent ("Update vs. Replace Validation"): an
/// update is a non-empty document whose first key is an update operator, or a pipeline of stages; a
/// replacement must not start with an operator. Failures are <see cref="ArgumentException"/>s.
/// </summary>
internal static class UpdateDocumentRules
{
    public static BsonValue ValidateUpdate(BsonValue update, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(update, parameterName);
        switch (update)
        {
            case BsonDocument { Count: 0 }:
                throw new ArgumentException("An update document must not be empty; it needs an update operator such as $set.", parameterName);
            case BsonDocument document when !document[0].Name.StartsWith('$'):
                throw new ArgumentException($"An update document must start with an update operator such as $set, not '{document[0].Name}'; use replaceOne to replace a document.", parameterName);
            case BsonDocument:
                return update;
            case BsonArray pipeline when pipeline.All(stage => stage is BsonDocument):
                // Pipeline-style updates (server 4.2+): the server validates the stages.
                return update;
            default:
                throw new ArgumentException($"An update must be an operator document or a pipeline of stage documents, not {update.Type}.", parameterName);
        }
    }

    public static BsonDocument ValidateReplacement(BsonDocument replacement, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(replacement, parameterName);
        if (replacement.Count > 0 && replacement[0].Name.StartsWith('$'))
        {
            throw new ArgumentException($"A replacement document must not contain update operators such as '{replacement[0].Name}'; use updateOne to update a document.", parameterName);
        }

        return replacement;
    }
}
