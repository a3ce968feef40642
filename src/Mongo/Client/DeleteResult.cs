namespace Serverless.Mongo;

/// <summary>The number of documents a delete removed (CRUD spec, "DeleteResult").</summary>
public sealed record DeleteResult(bool IsAcknowledged, long DeletedCount);
