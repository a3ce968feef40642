using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>A read concern (Read and Write Concern spec): its level, e.g. "local", "majority", "available", "linearizable".</summary>
public sealed record ReadConcern(string Level)
{
    public BsonDocument ToDocument() => [new("level", Level)];
}
