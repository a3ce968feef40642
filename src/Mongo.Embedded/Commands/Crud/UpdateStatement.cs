using Serverless.Bson;
using Serverless.Mongo.Embedded.Aggregation;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>One parsed entry of an update command's "updates" array.</summary>
internal sealed record UpdateStatement(QueryFilter Filter, UpdateSpec Update, bool Upsert, bool Multi, SortSpec? Sort = null)
{
    public static UpdateStatement Parse(CommandContext context, BsonValue value)
    {
        var statement = value as BsonDocument
            ?? throw ServerErrors.TypeMismatch($"BSON field 'update.updates' element is the wrong type '{BsonTypeAliases.NameOf(value.Type)}', expected type 'object'");
        var filter = statement.GetValueOrDefault("q") is BsonDocument q
            ? QueryFilter.Parse(q, CommandFields.Document(context, "let"), Collation.Parse(statement.GetValueOrDefault("collation") as BsonDocument))
            : throw new CommandException(40414, "Location40414", "BSON field 'update.updates.q' is missing but a required field");
        var update = ParseUpdate(context, statement.GetValueOrDefault("u"), statement.GetValueOrDefault("arrayFilters"), "update.updates.u");
        var multi = Flag(statement, "multi");
        if (multi && update.IsReplacement)
        {
            throw ServerErrors.FailedToParse("multi update is not supported for replacement-style update");
        }

        // Manual "update", "updates.sort" (8.0+): which document a single-document update changes.
        var sort = statement.GetValueOrDefault("sort") switch
        {
            null or BsonNull => null,
            BsonDocument spec when multi => throw ServerErrors.FailedToParse($"Cannot specify sort with multi=true: {spec}"),
            BsonDocument spec => SortSpec.Parse(spec).WithCollation(filter.Collation),
            var other => throw ServerErrors.TypeMismatch($"BSON field 'update.updates.sort' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'object'"),
        };
        return new UpdateStatement(filter, update, Flag(statement, "upsert"), multi, sort);
    }

    // Manual "Updates with Aggregation Pipeline": only stages that reshape one document may appear.
    private static readonly HashSet<string> PipelineUpdateStages = new(StringComparer.Ordinal)
    {
        "$addFields", "$set", "$project", "$unset", "$replaceRoot", "$replaceWith",
    };

    /// <summary>Parses an update document or an update pipeline, whose expressions see the command's let variables.</summary>
    public static UpdateSpec ParseUpdate(CommandContext context, BsonValue? update, BsonValue? arrayFilters, string field)
    {
        var time = context.Server.Time;
        var filters = arrayFilters switch
        {
            null or BsonNull => null,
            BsonArray array => array,
            var other => throw ServerErrors.TypeMismatch($"BSON field 'arrayFilters' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'array'"),
        };
        return update switch
        {
            BsonDocument document => UpdateSpec.Parse(document, filters, time),
            BsonArray stages when filters is not null => throw ServerErrors.FailedToParse("arrayFilters may not be specified for pipeline-style updates"),
            BsonArray stages => ParsePipeline(context, stages),
            null => throw new CommandException(40414, "Location40414", $"BSON field '{field}' is missing but a required field"),
            var other => throw ServerErrors.TypeMismatch($"BSON field '{field}' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'object'"),
        };
    }

    private static bool Flag(BsonDocument statement, string name) =>
        statement.GetValueOrDefault(name) switch
        {
            null or BsonNull => false,
            BsonBoolean b => b.Value,
            var other when other.IsNumeric => !BsonValueComparer.Instance.Equals(other, 0),
            var other => throw ServerErrors.TypeMismatch($"BSON field 'update.updates.{name}' is the wrong type '{BsonTypeAliases.NameOf(other.Type)}', expected type 'bool'"),
        };

    private static UpdateSpec ParsePipeline(CommandContext context, BsonArray stages)
    {
        foreach (var stage in stages)
        {
            var name = stage is BsonDocument { Count: 1 } document ? document[0].Name : string.Empty;
            if (!PipelineUpdateStages.Contains(name))
            {
                throw new CommandException(72, "InvalidOptions", $"{name} is not allowed to be used within an update");
            }
        }

        var server = context.Server;
        var aggregation = new AggregationContext(new CatalogCollectionSource(server.Catalog), context.DatabaseName, server.Time, CommandFields.Document(context, "let"));
        var pipeline = Pipeline.Parse(stages, aggregation);
        var deadline = context.Deadline;
        return UpdateSpec.FromPipeline(
            stages,
            document => pipeline.Execute([document], deadline.Check).SingleOrDefault()
                ?? throw ServerErrors.BadValue("the update pipeline did not produce a document"),
            server.Time);
    }
}
