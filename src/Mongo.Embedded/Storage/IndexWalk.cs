namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Documents read from an index in key order; <paramref name="Complete"/> is false when the walk stopped at its
/// budget with more keys in range.
/// </summary>
internal sealed record IndexWalk(List<IndexedDocument> Documents, bool Complete);
