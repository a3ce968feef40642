using Serverless.Bson;

namespace Serverless.Mongo.Protocol;

/// <summary>
/// An OP_MSG kind-1 section: documents sent outside the body under an identifier such as "documents" for
/// insert (Wire Protocol, "OP_MSG / Kind 1: Document Sequence"). The receiver treats it as an array field of
/// the body with that name.
/// </summary>
public sealed class DocumentSequence
{
    public DocumentSequence(string identifier, IReadOnlyList<BsonDocument> documents)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        ArgumentNullException.ThrowIfNull(documents);
        if (identifier.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A document sequence identifier is a C string and cannot hold NUL.", nameof(identifier));
        }

        Identifier = identifier;
        Documents = documents;
    }

    public string Identifier { get; }

    public IReadOnlyList<BsonDocument> Documents { get; }
}
