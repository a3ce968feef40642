using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>find: filter, sort, projection, skip, limit, batchSize, singleBatch (manual "find" command).</summary>
internal sealed class FindCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["find"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var limit = CommandFields.Integer(context, "limit");
        var singleBatch = CommandFields.Boolean(context, "singleBatch", defaultValue: false);

        // A negative limit is the legacy spelling of "limit, in a single batch" (manual "cursor.limit()").
        if (limit < 0)
        {
            limit = -limit;
            singleBatch = true;
        }

        var filter = ParseFilter(context, "filter");
        var request = new QueryRequest(
            Filter: filter,
            Sort: CommandFields.Document(context, "sort") is { } sort ? SortSpec.Parse(sort).WithCollation(filter.Collation) : null,
            Projection: CommandFields.Document(context, "projection") is { } projection ? Projection.Parse(projection) : null,
            Skip: CommandFields.NonNegativeInt(context, "skip") ?? 0,
            Limit: limit is null or 0 ? null : (int)Math.Min(limit.Value, int.MaxValue));
        var batchSize = CommandFields.NonNegativeInt(context, "batchSize");
        var results = QueryRunner.Run(context.Server.Catalog.Find(context.DatabaseName, name), request, context.Deadline);
        return context.Server.Cursors.OpenCursor($"{context.DatabaseName}.{name}", results, batchSize, singleBatch, context.Server.Time);
    }

    /// <summary>The command's filter; $expr in it sees the command's let variables (manual "find", "let", 5.0+).</summary>
    /// It compares strings under the command's collation, which sorts of the same command take from it.
    public static QueryFilter ParseFilter(CommandContext context, string field)
    {
        var collation = Collation.Parse(CommandFields.Document(context, "collation"));
        return CommandFields.Document(context, field) is { } filter
            ? QueryFilter.Parse(filter, CommandFields.Document(context, "let"), collation)
            : collation is null ? QueryFilter.Empty : QueryFilter.Parse(BsonDocument.Empty, null, collation);
    }
}
