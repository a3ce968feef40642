using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// The write operations (CRUD spec, "Insert, Update, Replace, Delete, and Bulk Writes"). Each single write is
/// a one-model bulk write, so batching, result mapping and error reporting live in one place; a single write's
/// failure surfaces as <see cref="MongoWriteException"/>, a bulk's as <see cref="MongoBulkWriteException"/>.
/// </summary>
public sealed partial class MongoCollection
{
    /// <summary>Inserts one document, adding an ObjectId _id when it has none.</summary>
    /// <exception cref="MongoWriteException">The server rejected the document (e.g. 11000 duplicate key).</exception>
    public async Task<InsertOneResult> InsertOneAsync(BsonDocument document, InsertOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = await SingleWriteAsync(new InsertOneModel(document), options?.BypassDocumentValidation, options?.Comment, null, cancellationToken).ConfigureAwait(false);
        return new InsertOneResult(result.IsAcknowledged, result.InsertedIds[0]);
    }

    /// <summary>Inserts documents; ordered (the default) stops at the first failure.</summary>
    /// <exception cref="MongoBulkWriteException">Some documents were rejected; its partial result lists those inserted.</exception>
    public async Task<InsertManyResult> InsertManyAsync(IEnumerable<BsonDocument> documents, InsertOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new InsertOptions();
        var models = documents.Select(d => (WriteModel)new InsertOneModel(d ?? throw new ArgumentException("documents contains null.", nameof(documents)))).ToList();
        var bulk = new BulkWriteOptions { Ordered = options.Ordered, BypassDocumentValidation = options.BypassDocumentValidation, Comment = options.Comment };
        var result = await BulkWriteAsync(models, bulk, cancellationToken).ConfigureAwait(false);
        return new InsertManyResult(result.IsAcknowledged, result.InsertedIds);
    }

    /// <summary>Updates the first matching document; <paramref name="update"/> is an operator document or a pipeline array.</summary>
    /// <exception cref="ArgumentException">The update is empty or not made of update operators (nothing is sent).</exception>
    public Task<UpdateResult> UpdateOneAsync(BsonDocument filter, BsonValue update, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UpdateOptions();
        var model = new UpdateOneModel(filter, update) { ArrayFilters = options.ArrayFilters, Collation = options.Collation, Hint = options.Hint, Upsert = options.Upsert, Sort = options.Sort };
        return UpdateAsync(model, options.BypassDocumentValidation, options.Comment, options.Let, cancellationToken);
    }

    /// <summary>Updates every matching document.</summary>
    /// <exception cref="ArgumentException">The update is invalid, or a sort was given (only updateOne takes one).</exception>
    public Task<UpdateResult> UpdateManyAsync(BsonDocument filter, BsonValue update, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new UpdateOptions();
        if (options.Sort is not null)
        {
            throw new ArgumentException("updateMany does not take a sort; it updates every matching document.", nameof(options));
        }

        var model = new UpdateManyModel(filter, update) { ArrayFilters = options.ArrayFilters, Collation = options.Collation, Hint = options.Hint, Upsert = options.Upsert };
        return UpdateAsync(model, options.BypassDocumentValidation, options.Comment, options.Let, cancellationToken);
    }

    /// <summary>Replaces the first matching document.</summary>
    /// <exception cref="ArgumentException">The replacement contains update operators (nothing is sent).</exception>
    public Task<UpdateResult> ReplaceOneAsync(BsonDocument filter, BsonDocument replacement, ReplaceOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ReplaceOptions();
        var model = new ReplaceOneModel(filter, replacement) { Collation = options.Collation, Hint = options.Hint, Upsert = options.Upsert, Sort = options.Sort };
        return UpdateAsync(model, options.BypassDocumentValidation, options.Comment, options.Let, cancellationToken);
    }

    public Task<DeleteResult> DeleteOneAsync(BsonDocument filter, DeleteOptions? options = null, CancellationToken cancellationToken = default) =>
        DeleteAsync(new DeleteOneModel(filter) { Collation = options?.Collation, Hint = options?.Hint }, options, cancellationToken);

    public Task<DeleteResult> DeleteManyAsync(BsonDocument filter, DeleteOptions? options = null, CancellationToken cancellationToken = default) =>
        DeleteAsync(new DeleteManyModel(filter) { Collation = options?.Collation, Hint = options?.Hint }, options, cancellationToken);

    /// <summary>Runs the write models as few insert/update/delete commands as the server's limits allow.</summary>
    /// <exception cref="MongoBulkWriteException">Some writes failed; its partial result tells what happened.</exception>
    /// <exception cref="ArgumentException">A model is invalid (nothing is sent).</exception>
    public Task<BulkWriteResult> BulkWriteAsync(IEnumerable<WriteModel> requests, BulkWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return new BulkWriteExecutor(this, options ?? new BulkWriteOptions()).ExecuteAsync(requests.ToList(), cancellationToken);
    }

    private async Task<UpdateResult> UpdateAsync(WriteModel model, bool? bypassDocumentValidation, BsonValue? comment, BsonDocument? let, CancellationToken cancellationToken)
    {
        var result = await SingleWriteAsync(model, bypassDocumentValidation, comment, let, cancellationToken).ConfigureAwait(false);
        return new UpdateResult(result.IsAcknowledged, result.MatchedCount, result.ModifiedCount, result.UpsertedCount, result.UpsertedIds.GetValueOrDefault(0));
    }

    private async Task<DeleteResult> DeleteAsync(WriteModel model, DeleteOptions? options, CancellationToken cancellationToken)
    {
        var result = await SingleWriteAsync(model, null, options?.Comment, options?.Let, cancellationToken).ConfigureAwait(false);
        return new DeleteResult(result.IsAcknowledged, result.DeletedCount);
    }

    private async Task<BulkWriteResult> SingleWriteAsync(WriteModel model, bool? bypassDocumentValidation, BsonValue? comment, BsonDocument? let, CancellationToken cancellationToken)
    {
        var options = new BulkWriteOptions { BypassDocumentValidation = bypassDocumentValidation, Comment = comment, Let = let };
        try
        {
            return await BulkWriteAsync([model], options, cancellationToken).ConfigureAwait(false);
        }
        catch (MongoBulkWriteException bulk)
        {
            // CRUD spec, "WriteException": single writes report their one error (or the write concern's) directly.
            throw bulk.WriteErrors.Count > 0
                ? MongoWriteException.Create(bulk.WriteErrors[0], Database.Client.ServerAddress)
                : new MongoWriteException(bulk.WriteConcernError!, Database.Client.ServerAddress);
        }
    }
}
