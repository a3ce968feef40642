using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>count: the number of matching documents after skip and limit (manual "count").</summary>
internal sealed class CountCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["count"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var limit = CommandFields.Integer(context, "limit");
        var request = new QueryRequest(
            Filter: FindCommand.ParseFilter(context, "query"),
            Skip: CommandFields.NonNegativeInt(context, "skip") ?? 0,
            Limit: limit is null or 0 ? null : (int)Math.Min(Math.Abs(limit.Value), int.MaxValue));
        var results = QueryRunner.Run(context.Server.Catalog.Find(context.DatabaseName, name), request, context.Deadline);
        return [new("n", results.Count)];
    }
}
