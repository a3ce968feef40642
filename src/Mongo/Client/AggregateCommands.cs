using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Builds the aggregate command for collection and database aggregations (CRUD spec, "Aggregate").</summary>
internal static class AggregateCommands
{
    /// <param name="target">The collection name, or 1 for a database-level aggregation.</param>
    public static BsonDocument Build(BsonValue target, BsonArray pipeline, AggregateOptions options, WriteConcern? writeConcern, ReadConcern? readConcern)
    {
        if (options.BatchSize is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "batchSize must not be negative.");
        }

        // CRUD spec: a pipeline ending in $out or $merge writes, so it takes the write concern, and batchSize
        // must not be sent with it (the write stage would see an empty first batch as all it must write).
        var writes = pipeline.Count > 0 && pipeline[^1] is BsonDocument { Count: > 0 } last && last[0].Name is "$out" or "$merge";
        var cursor = writes || options.BatchSize is null ? BsonDocument.Empty : new BsonDocument([new("batchSize", options.BatchSize.Value)]);
        return new CommandBuilder("aggregate", target)
            .Add("pipeline", pipeline)
            .Add("cursor", cursor)
            .Add("allowDiskUse", options.AllowDiskUse)
            .Add("bypassDocumentValidation", options.BypassDocumentValidation)
            .Add("collation", options.Collation)
            .Add("hint", options.Hint)
            .Add("let", options.Let)
            .Add("comment", options.Comment)
            .Add("readConcern", readConcern?.ToDocument())
            .Add("writeConcern", writes ? writeConcern?.ToDocument() : null)
            .AddMaxTime(options.MaxTime)
            .Build();
    }
}
