using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// aggregate: runs a pipeline (the engine in Aggregation/) over a snapshot of the collection and returns a
/// cursor (manual "aggregate" command). The cursor option is required, as on the server.
/// </summary>
internal sealed class AggregateCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["aggregate"];

    public BsonDocument Execute(CommandContext context)
    {
        if (context.Body[0].Value is not BsonString)
        {
            throw new CommandException(238, "NotImplemented", "collection-less aggregation (aggregate: 1) is not supported by the embedded server");
        }

        var name = CommandFields.CollectionName(context);
        var stages = CommandFields.Array(context, "pipeline")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'aggregate.pipeline' is missing but a required field");
        if (CommandFields.Boolean(context, "explain", defaultValue: false))
        {
            throw new CommandException(238, "NotImplemented", "explain is not supported by the embedded server");
        }

        var cursor = CommandFields.Document(context, "cursor")
            ?? throw ServerErrors.FailedToParse("The 'cursor' option is required, except for aggregate with the explain argument");
        var batchSize = cursor.GetValueOrDefault("batchSize") switch
        {
            null => (int?)null,
            BsonInt32 { Value: >= 0 } i => i.Value,
            BsonInt64 { Value: >= 0 } l => (int)Math.Min(l.Value, int.MaxValue),
            BsonDouble { Value: >= 0 } d when Math.Floor(d.Value) == d.Value => (int)Math.Min(d.Value, int.MaxValue),
            var other => throw ServerErrors.BadValue($"cursor.batchSize must be a non-negative integer, not {other}"),
        };

        var server = context.Server;
        var collation = Collation.Parse(CommandFields.Document(context, "collation"));
        var aggregation = new AggregationContext(new CatalogCollectionSource(server.Catalog), context.DatabaseName, server.Time, CommandFields.Document(context, "let"), collation);
        // A final $out/$merge is run here, on the results of the stages before it (see OutputStage).
        var output = OutputStage.ParseLast(stages, context.DatabaseName);
        var pipeline = Pipeline.Parse(output is null ? stages : new BsonArray(stages.Take(stages.Count - 1)), aggregation);
        var deadline = context.Deadline;
        var collection = server.Catalog.Find(context.DatabaseName, name);
        // An index holds binary-ordered keys, so a collated aggregation scans instead of narrowing through one.
        var source = collation is null ? Source(collection, stages) : collection?.Snapshot() ?? [];
        var input = source.Select(document =>
        {
            deadline.Check();
            return document;
        });
        var results = new List<BsonDocument>();
        foreach (var document in pipeline.Execute(input, deadline.CancellationToken))
        {
            deadline.Check();
            results.Add(document);
        }

        if (output is not null)
        {
            output.Write(server.Catalog, results);
            results.Clear();
        }

        return server.Cursors.OpenCursor($"{context.DatabaseName}.{name}", results, batchSize, singleBatch: false, server.Time);
    }

    // A leading $match narrows the input through an index when it can (the server's pipeline optimiser does
    // the same); the pipeline still runs that $match, so the result cannot change, only the work.
    private static IReadOnlyList<BsonDocument> Source(StoredCollection? collection, BsonArray stages) =>
        collection is null ? []
        : stages.Count > 0 && stages[0] is BsonDocument { Count: 1 } first && first[0] is { Name: "$match", Value: BsonDocument filter }
            ? QueryRunner.Candidates(collection, filter)
            : collection.Snapshot();
}
