using Serverless.Bson;
using Serverless.Mongo.Embedded.Execution;
using Serverless.Mongo.Embedded.Query;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Commands.Crud;

/// <summary>
/// findAndModify: atomically updates or removes the first document (by sort) that matches, returning it
/// before or (new: true) after the change (manual "findAndModify"). The collection lock is held throughout.
/// </summary>
internal sealed class FindAndModifyCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["findAndModify", "findandmodify"];

    public BsonDocument Execute(CommandContext context)
    {
        var name = CommandFields.CollectionName(context);
        var filter = FindCommand.ParseFilter(context, "query");
        var sort = CommandFields.Document(context, "sort") is { } s ? SortSpec.Parse(s).WithCollation(filter.Collation) : null;
        var projection = CommandFields.Document(context, "fields") is { } f ? Projection.Parse(f) : null;
        var remove = CommandFields.Boolean(context, "remove", defaultValue: false);
        var returnNew = CommandFields.Boolean(context, "new", defaultValue: false);
        var upsert = CommandFields.Boolean(context, "upsert", defaultValue: false);
        var hasUpdate = context.Body.TryGetValue("update", out var updateValue) && !updateValue.IsNull;
        Validate(remove, hasUpdate, returnNew, upsert);

        var update = hasUpdate ? UpdateStatement.ParseUpdate(context, updateValue, context.Body.GetValueOrDefault("arrayFilters"), "findAndModify.update") : null;
        var collection = upsert
            ? context.Server.Catalog.GetOrCreate(context.DatabaseName, name)
            : context.Server.Catalog.Find(context.DatabaseName, name);
        var statement = update is null ? null : new UpdateStatement(filter, update, upsert, Multi: false);
        var result = collection?.Write(table => Modify(table, filter, sort, statement, returnNew, context)) ?? Result.None;

        var value = result.Value is { } document && projection is not null ? projection.Apply(document, filter) : result.Value;
        List<BsonElement> lastError = [new("n", result.Count)];
        if (statement is not null)
        {
            lastError.Add(new("updatedExisting", result.UpdatedExisting));
        }

        if (result.UpsertedId is { } id)
        {
            lastError.Add(new("upserted", id));
        }

        return [new("lastErrorObject", new BsonDocument(lastError)), new("value", (BsonValue?)value ?? BsonNull.Value)];
    }

    private static void Validate(bool remove, bool hasUpdate, bool returnNew, bool upsert)
    {
        if (remove && hasUpdate)
        {
            throw ServerErrors.FailedToParse("Cannot specify both an update and remove=true");
        }

        if (!remove && !hasUpdate)
        {
            throw ServerErrors.FailedToParse("Either an update or remove=true must be specified");
        }

        if (remove && returnNew)
        {
            throw ServerErrors.FailedToParse("Cannot specify both new=true and remove=true; 'remove' always returns the deleted document");
        }

        if (remove && upsert)
        {
            throw ServerErrors.FailedToParse("Cannot specify both upsert=true and remove=true");
        }
    }

    private static Result Modify(DocumentTable table, QueryFilter filter, SortSpec? sort, UpdateStatement? statement, bool returnNew, CommandContext context)
    {
        var matches = QueryRunner.Matching(table, filter, context.Deadline);
        var target = sort is { IsNatural: false } ? sort.Order(matches).FirstOrDefault() : matches.FirstOrDefault();
        if (statement is null)
        {
            if (target is null)
            {
                return Result.None;
            }

            table.Remove(target);
            return new Result(target, 1, false, null);
        }

        if (target is null)
        {
            if (!statement.Upsert)
            {
                return new Result(null, 0, false, null);
            }

            var id = UpdateCommand.Upsert(table, statement);
            return new Result(returnNew ? table.FindById(id) : null, 1, false, id);
        }

        var updated = statement.Update.Apply(target, isUpsertInsert: false, filter);
        if (!updated.Equals(target))
        {
            table.Replace(target, updated);
        }

        return new Result(returnNew ? updated : target, 1, true, null);
    }

    private sealed record Result(BsonDocument? Value, int Count, bool UpdatedExisting, BsonValue? UpsertedId)
    {
        public static Result None { get; } = new(null, 0, false, null);
    }
}
