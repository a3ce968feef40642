using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Runs write models as insert, update and delete commands (CRUD spec, "Bulk Write"): an ordered bulk sends
/// consecutive models of the same kind together and stops at the first write error; an unordered one groups
/// each kind and attempts everything. Batches are split so none exceeds the server's maxWriteBatchSize or its
/// size limit. Results and write errors are mapped back to the caller's model indexes.
/// </summary>
internal sealed class BulkWriteExecutor(MongoCollection collection, BulkWriteOptions options)
{
    // A command travels in one OP_MSG body section, which the server accepts up to maxBsonObjectSize plus
    // 16 KiB of command overhead (OP_MSG spec, "Command Arguments As Payload"); the statements get the
    // object size and the other fields the rest.
    private const int StatementOverheadBytes = 16;

    public async Task<BulkWriteResult> ExecuteAsync(IReadOnlyList<WriteModel> models, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("A bulk write needs at least one write model.", nameof(models));
        }

        // Everything is validated and prepared before the first command goes out (CRUD spec: client errors
        // are raised without contacting the server).
        var statements = models.Select((model, index) => Prepare(model ?? throw new ArgumentException("The write models contain null.", nameof(models)), index)).ToList();
        var client = collection.Database.Client;
        var limits = await ServerLimits.GetAsync(client, cancellationToken).ConfigureAwait(false);
        var acknowledged = collection.WriteConcern?.IsAcknowledged ?? true;
        var outcome = new BulkWriteOutcome();
        foreach (var run in Runs(statements))
        {
            foreach (var batch in Split(run, limits))
            {
                var reply = await CommandExecutor.RunAsync(client, collection.Database.Name, Command(batch), cancellationToken).ConfigureAwait(false);
                if (!acknowledged)
                {
                    continue;
                }

                outcome.Merge(batch, reply, options.Ordered);
                if (options.Ordered && outcome.WriteErrors.Count > 0)
                {
                    return outcome.Finish();
                }
            }
        }

        return acknowledged ? outcome.Finish() : BulkWriteOutcome.Unacknowledged(statements);
    }

    private static PreparedWrite Prepare(WriteModel model, int index)
    {
        switch (model)
        {
            case InsertOneModel insert:
                ArgumentNullException.ThrowIfNull(insert.Document);
                // CRUD spec, "Insert": the driver generates a missing _id so it can report it.
                var document = insert.Document.Contains("_id") ? insert.Document : new BsonDocument([new("_id", ObjectId.GenerateNewId()), .. insert.Document]);
                return new PreparedWrite(index, WriteCommandKind.Insert, document, document["_id"]);
            case UpdateOneModel one:
                return Update(index, one.Filter, UpdateDocumentRules.ValidateUpdate(one.Update, "update"), false, one.Upsert, one.ArrayFilters, one.Collation, one.Hint, one.Sort);
            case UpdateManyModel many:
                return Update(index, many.Filter, UpdateDocumentRules.ValidateUpdate(many.Update, "update"), true, many.Upsert, many.ArrayFilters, many.Collation, many.Hint, sort: null);
            case ReplaceOneModel replace:
                return Update(index, replace.Filter, UpdateDocumentRules.ValidateReplacement(replace.Replacement, "replacement"), false, replace.Upsert, null, replace.Collation, replace.Hint, replace.Sort);
            case DeleteOneModel one:
                return Delete(index, one.Filter, 1, one.Collation, one.Hint);
            case DeleteManyModel many:
                return Delete(index, many.Filter, 0, many.Collation, many.Hint);
            default:
                throw new ArgumentException($"Unknown write model {model.GetType().Name}.", nameof(model));
        }
    }

    private static PreparedWrite Update(int index, BsonDocument filter, BsonValue update, bool multi, bool? upsert, IReadOnlyList<BsonDocument>? arrayFilters, BsonDocument? collation, BsonValue? hint, BsonDocument? sort)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statement = new CommandBuilder("q", filter)
            .Add("u", update)
            .Add("upsert", upsert)
            .Add("multi", multi ? true : null)
            .Add("arrayFilters", arrayFilters is null ? null : new BsonArray(arrayFilters))
            .Add("collation", collation)
            .Add("hint", hint)
            .Add("sort", sort)
            .Build();
        return new PreparedWrite(index, WriteCommandKind.Update, statement, null);
    }

    private static PreparedWrite Delete(int index, BsonDocument filter, int limit, BsonDocument? collation, BsonValue? hint)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statement = new CommandBuilder("q", filter).Add("limit", limit).Add("collation", collation).Add("hint", hint).Build();
        return new PreparedWrite(index, WriteCommandKind.Delete, statement, null);
    }

    /// <summary>Ordered: maximal runs of one kind, in order. Unordered: one run per kind (CRUD spec, "Bulk Write").</summary>
    private IEnumerable<List<PreparedWrite>> Runs(List<PreparedWrite> statements)
    {
        if (!options.Ordered)
        {
            return statements.GroupBy(s => s.Kind).Select(g => g.ToList());
        }

        var runs = new List<List<PreparedWrite>>();
        foreach (var statement in statements)
        {
            if (runs.Count == 0 || runs[^1][0].Kind != statement.Kind)
            {
                runs.Add([]);
            }

            runs[^1].Add(statement);
        }

        return runs;
    }

    private static IEnumerable<List<PreparedWrite>> Split(List<PreparedWrite> run, ServerLimits limits)
    {
        var batch = new List<PreparedWrite>();
        var bytes = 0;
        foreach (var statement in run)
        {
            var size = BsonCodec.Encode(statement.Statement).Length + StatementOverheadBytes;
            if (batch.Count > 0 && (batch.Count == limits.MaxWriteBatchSize || bytes + size > Math.Min(limits.MaxBsonObjectSize, limits.MaxMessageSizeBytes)))
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            // A single statement over the limit still goes alone: the server reports it as a write error.
            batch.Add(statement);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private BsonDocument Command(List<PreparedWrite> batch)
    {
        var (name, field) = batch[0].Kind switch
        {
            WriteCommandKind.Insert => ("insert", "documents"),
            WriteCommandKind.Update => ("update", "updates"),
            _ => ("delete", "deletes"),
        };
        return new CommandBuilder(name, collection.Name)
            .Add(field, new BsonArray(batch.Select(s => s.Statement)))
            .Add("ordered", options.Ordered)
            .Add("bypassDocumentValidation", batch[0].Kind == WriteCommandKind.Delete ? null : options.BypassDocumentValidation)
            .Add("let", batch[0].Kind == WriteCommandKind.Insert ? null : options.Let)
            .Add("comment", options.Comment)
            .Add("writeConcern", collection.WriteConcern?.ToDocument())
            .Build();
    }
}
