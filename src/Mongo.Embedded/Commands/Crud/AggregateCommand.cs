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
        var stages = CommandFields.Array(context, "pipeline")
            ?? throw new CommandException(40414, "Location40414", "BSON field 'aggregate.pipeline' is missing but a required field");
        var collectionless = IsCollectionless(context, stages);
        // Manual "aggregate": a collection-less aggregation's cursor namespace is "<db>.$cmd.aggregate".
        var name = collectionless ? "$cmd.aggregate" : CommandFields.CollectionName(context);
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
        var aggregation = new AggregationContext(new CatalogCollectionSource(server.Catalog), context.DatabaseName, server.Time, CommandFields.Document(context, "let"), collation)
        {
            Sessions = server.Sessions,
        };
        // A final $out/$merge is run here, on the results of the stages before it (see OutputStage).
        var output = OutputStage.ParseLast(stages, context.DatabaseName);
        var pipeline = Pipeline.Parse(output is null ? stages : new BsonArray(stages.Take(stages.Count - 1)), aggregation);
        var deadline = context.Deadline;
        var collection = collectionless ? null : server.Catalog.Find(context.DatabaseName, name);
        // An index holds binary-ordered keys, so a collated aggregation scans instead of narrowing through one.
        var source = collation is null ? Source(collection, stages) : collection?.Snapshot() ?? [];
        var results = new List<BsonDocument>();
        // The pipeline checks the deadline for every document entering and leaving each stage.
        foreach (var document in pipeline.Execute(source, deadline.Check))
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

    // aggregate: 1 runs over no collection, so its first stage must produce documents by itself (manual
    // "aggregate", "Collection-less"); $documents and $listLocalSessions are the ones this server implements.
    private static bool IsCollectionless(CommandContext context, BsonArray stages)
    {
        if (context.Body[0].Value is BsonString)
        {
            // A stage listing server state has no collection to read (manual "$listLocalSessions").
            return stages.Count > 0 && StageParsers.NameOf(stages[0]) is "$listLocalSessions"
                ? throw ServerErrors.InvalidNamespace("$listLocalSessions must be run against the 'admin' database with {aggregate: 1}")
                : false;
        }

        if (!NumericValues.TryGetExactInt64(context.Body[0].Value, out var one) || one != 1)
        {
            throw ServerErrors.FailedToParse($"Invalid {{aggregate: {context.Body[0].Value}}}: the value must be a collection name or 1");
        }

        var first = stages.Count > 0 ? StageParsers.NameOf(stages[0]) : "(none)";
        return first is "$documents" or "$listLocalSessions" or "$currentOp" or "$changeStream" or "$listSessions" or "$querySettings"
            ? true
            : throw ServerErrors.InvalidNamespace($"{{aggregate: 1}} is not valid for '{first}'; a collection is required.");
    }

    // A leading $match narrows the input through an index when it can (the server's pipeline optimiser does
    // the same); the pipeline still runs that $match, so the result cannot change, only the work.
    private static IReadOnlyList<BsonDocument> Source(StoredCollection? collection, BsonArray stages) =>
        collection is null ? []
        : stages.Count > 0 && stages[0] is BsonDocument { Count: 1 } first && first[0] is { Name: "$match", Value: BsonDocument filter }
            ? QueryRunner.Candidates(collection, filter)
            : collection.Snapshot();
}
