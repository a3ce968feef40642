using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>findOneAndUpdate, findOneAndReplace and findOneAndDelete over the findAndModify command (CRUD spec, "Find And Modify").</summary>
public sealed partial class MongoCollection
{
    /// <summary>Updates the first matching document (by sort) and returns it as it was before, or after.</summary>
    /// <returns>The document, or null when nothing matched (and nothing was upserted, or Before was asked for).</returns>
    public Task<BsonDocument?> FindOneAndUpdateAsync(BsonDocument filter, BsonValue update, FindOneAndUpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        UpdateDocumentRules.ValidateUpdate(update, nameof(update));
        options ??= new FindOneAndUpdateOptions();
        var command = FindAndModify(filter, options.Sort, options.Projection, options.Collation, options.Hint, options.Let, options.Comment)
            .Add("update", update)
            .Add("new", options.ReturnDocument == ReturnDocument.After ? true : null)
            .Add("upsert", options.Upsert)
            .Add("arrayFilters", options.ArrayFilters is null ? null : new BsonArray(options.ArrayFilters))
            .Add("bypassDocumentValidation", options.BypassDocumentValidation)
            .Add("writeConcern", WriteConcern?.ToDocument())
            .AddMaxTime(options.MaxTime);
        return FindAndModifyAsync(command, cancellationToken);
    }

    /// <summary>Replaces the first matching document (by sort) and returns it as it was before, or after.</summary>
    public Task<BsonDocument?> FindOneAndReplaceAsync(BsonDocument filter, BsonDocument replacement, FindOneAndReplaceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        UpdateDocumentRules.ValidateReplacement(replacement, nameof(replacement));
        options ??= new FindOneAndReplaceOptions();
        var command = FindAndModify(filter, options.Sort, options.Projection, options.Collation, options.Hint, options.Let, options.Comment)
            .Add("update", replacement)
            .Add("new", options.ReturnDocument == ReturnDocument.After ? true : null)
            .Add("upsert", options.Upsert)
            .Add("bypassDocumentValidation", options.BypassDocumentValidation)
            .Add("writeConcern", WriteConcern?.ToDocument())
            .AddMaxTime(options.MaxTime);
        return FindAndModifyAsync(command, cancellationToken);
    }

    /// <summary>Deletes the first matching document (by sort) and returns it.</summary>
    public Task<BsonDocument?> FindOneAndDeleteAsync(BsonDocument filter, FindOneAndDeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options ??= new FindOneAndDeleteOptions();
        var command = FindAndModify(filter, options.Sort, options.Projection, options.Collation, options.Hint, options.Let, options.Comment)
            .Add("remove", true)
            .Add("writeConcern", WriteConcern?.ToDocument())
            .AddMaxTime(options.MaxTime);
        return FindAndModifyAsync(command, cancellationToken);
    }

    private CommandBuilder FindAndModify(BsonDocument filter, BsonDocument? sort, BsonDocument? projection, BsonDocument? collation, BsonValue? hint, BsonDocument? let, BsonValue? comment) =>
        new CommandBuilder("findAndModify", Name)
            .Add("query", filter)
            .Add("sort", sort)
            .Add("fields", projection)
            .Add("collation", collation)
            .Add("hint", hint)
            .Add("let", let)
            .Add("comment", comment);

    private async Task<BsonDocument?> FindAndModifyAsync(CommandBuilder command, CancellationToken cancellationToken)
    {
        var reply = await RunAsync(command.Build(), cancellationToken).ConfigureAwait(false);
        if (reply.GetValueOrDefault("writeConcernError") is BsonDocument concern)
        {
            throw new MongoWriteException(
                new WriteConcernError(
                    BsonNumbers.Int32(concern, "code", 0),
                    concern.GetValueOrDefault("codeName") is BsonString codeName ? codeName.Value : string.Empty,
                    concern.GetValueOrDefault("errmsg") is BsonString message ? message.Value : concern.ToString(),
                    concern.GetValueOrDefault("errInfo") as BsonDocument ?? BsonDocument.Empty),
                Database.Client.ServerAddress);
        }

        // An unacknowledged (w: 0) findAndModify has nothing to return: a server that honours w: 0 sends no
        // reply the document could come from, so the client reports none whatever the reply held.
        return WriteConcern is { IsAcknowledged: false } ? null : reply.GetValueOrDefault("value") as BsonDocument;
    }
}
