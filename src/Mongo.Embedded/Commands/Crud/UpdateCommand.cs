using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// update: statements {q, u, upsert, multi, arrayFilters}; the reply counts matched (n) and changed
/// (nModified) documents and lists upserted ids (manual "update", "Output").
/// </summary>
internal sealed class UpdateCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["update"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var batch = new WriteBatch(context, "updates");
        var statements = batch.Statements();
        int matched = 0, modified = 0;
        var upserted = new List<BsonValue>();
        batch.Run(statements, (index, value) =>
        {
            var statement = UpdateStatement.Parse(context, value);
            var collection = statement.Upsert
                ? context.Server.Catalog.GetOrCreate(context.DatabaseName, name)
                : context.Server.Catalog.Find(context.DatabaseName, name);
            var outcome = collection?.Write(table => Apply(table, statement, context)) ?? default;
            matched += outcome.Matched;
            modified += outcome.Modified;
            if (outcome.UpsertedId is { } id)
            {
                upserted.Add(new BsonDocument(new BsonElement("index", index), new BsonElement("_id", id)));
            }
        });

        List<BsonElement> counts = [new("n", matched + upserted.Count), new("nModified", modified)];
        if (upserted.Count > 0)
        {
            counts.Add(new("upserted", new BsonArray(upserted)));
        }

        return batch.Reply([.. counts]);
    }

    private static Outcome Apply(DocumentTable table, UpdateStatement statement, CommandContext context)
    {
        var matches = QueryRunner.Matching(table, statement.Filter, context.Deadline);
        if (matches.Count == 0)
        {
            return statement.Upsert ? new Outcome(0, 0, Upsert(table, statement)) : default;
        }

        var targets = statement.Multi ? matches
            : statement.Sort is { IsNatural: false } sort ? sort.Order(matches).Take(1)
            : matches.Take(1);
        var modified = 0;
        foreach (var current in targets)
        {
            context.Deadline.Check();
            var updated = statement.Update.Apply(current, isUpsertInsert: false, statement.Filter);
            if (!updated.Equals(current))
            {
                table.Replace(current, updated);
                modified++;
            }
        }

        return new Outcome(statement.Multi ? matches.Count : 1, modified, null);
    }

    /// <summary>Inserts the upsert document: the filter's equalities, then the update (manual "Upsert Behavior").</summary>
    public static BsonValue Upsert(DocumentTable table, UpdateStatement statement)
    {
        var seed = UpdateSpec.CreateUpsertSeed(statement.Filter.Source);
        var document = DocumentIds.EnsureId(statement.Update.Apply(seed, isUpsertInsert: true, statement.Filter));
        table.Insert(document);
        return document["_id"];
    }

    private readonly record struct Outcome(int Matched, int Modified, BsonValue? UpsertedId);
}
