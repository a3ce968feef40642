namespace Serverless.Mongo;

/// <summary>The update command's n (matched) and nModified counts.</summary>
public sealed record UpdateResult(long MatchedCount, long ModifiedCount);
