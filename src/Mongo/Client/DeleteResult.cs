namespace Serverless.Mongo;

/// <summary>The delete command's n.</summary>
public sealed record DeleteResult(long DeletedCount);
