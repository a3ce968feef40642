using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>delete: statements {q, limit} where limit 0 removes all matches and 1 the first (manual "delete").</summary>
internal sealed class DeleteCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["delete"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var batch = new WriteBatch(context, "deletes");
        var statements = batch.Statements();
        var collection = context.Server.Catalog.Find(context.DatabaseName, name);
        var deleted = 0;
        batch.Run(statements, (_, value) =>
        {
            var statement = value as BsonDocument
                ?? throw ServerErrors.TypeMismatch($"BSON field 'delete.deletes' element is the wrong type '{BsonTypeAliases.NameOf(value.Type)}', expected type 'object'");
            var filter = statement.GetValueOrDefault("q") is BsonDocument q
                ? QueryFilter.Parse(q, CommandFields.Document(context, "let"), Collation.Parse(statement.GetValueOrDefault("collation") as BsonDocument))
                : throw new CommandException(40414, "Location40414", "BSON field 'delete.deletes.q' is missing but a required field");
            var limit = statement.GetValueOrDefault("limit") switch
            {
                null => throw new CommandException(40414, "Location40414", "BSON field 'delete.deletes.limit' is missing but a required field"),
                BsonInt32 { Value: 0 or 1 } i => i.Value,
                BsonInt64 { Value: 0 or 1 } l => (int)l.Value,
                BsonDouble { Value: 0 or 1 } d => (int)d.Value,
                var other => throw ServerErrors.FailedToParse($"The limit field in delete objects must be 0 or 1. Got {other}"),
            };
            deleted += collection?.Write(table =>
            {
                var matches = QueryRunner.Matching(table, filter, context.Deadline);
                var victims = limit == 1 ? matches.Take(1).ToList() : matches;
                foreach (var victim in victims)
                {
                    table.Remove(victim);
                }

                return victims.Count;
            }) ?? 0;
        });
        return batch.Reply(new BsonElement("n", deleted));
    }
}
