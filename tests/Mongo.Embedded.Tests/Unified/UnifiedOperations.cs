using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// Runs one operation of the subset through our client and turns its return value into the BSON the unified
/// format matches (CRUD spec result names: insertedId, matchedCount, deletedCount, …; cursors fully iterated).
/// </summary>
internal static class UnifiedOperations
{
    public static async Task<BsonValue?> RunAsync(string name, object target, UnifiedArguments args, CancellationToken ct)
    {
        var result = target switch
        {
            MongoCollection collection => await RunOnCollectionAsync(name, collection, args, ct),
            MongoDatabase database when name == "aggregate" =>
                await ToArrayAsync(await database.AggregateAsync(args.Documents("pipeline") ?? [], AggregateOptions(args), ct), ct),
            _ => throw new UnifiedAssertionException($"operation {name} is not supported on {target.GetType().Name}"),
        };
        args.EnsureAllUsed(name);
        return result;
    }

    private static async Task<BsonValue?> RunOnCollectionAsync(string name, MongoCollection c, UnifiedArguments a, CancellationToken ct) =>
        name switch
        {
            "find" => await ToArrayAsync(await c.FindAsync(a.RequiredDocument("filter"), FindOptions(a), ct), ct),
            "findOne" => (BsonValue?)await c.FindOneAsync(a.RequiredDocument("filter"), FindOptions(a), ct) ?? BsonNull.Value,
            "aggregate" => await ToArrayAsync(await c.AggregateAsync(a.Documents("pipeline") ?? [], AggregateOptions(a), ct), ct),
            "countDocuments" => await c.CountDocumentsAsync(
                a.RequiredDocument("filter"),
                new CountOptions { Skip = a.Int64("skip"), Limit = a.Int64("limit"), Collation = a.Document("collation"), Hint = a.Value("hint"), Comment = a.Value("comment"), MaxTime = a.MaxTime() },
                ct),
            "estimatedDocumentCount" => await c.EstimatedDocumentCountAsync(new EstimatedDocumentCountOptions { Comment = a.Value("comment"), MaxTime = a.MaxTime() }, ct),
            "distinct" => new BsonArray(await c.DistinctAsync(
                a.RequiredValue("fieldName").AsString,
                a.RequiredDocument("filter"),
                new DistinctOptions { Collation = a.Document("collation"), Hint = a.Value("hint"), Comment = a.Value("comment"), MaxTime = a.MaxTime() },
                ct)),
            "insertOne" => InsertOne(await c.InsertOneAsync(a.RequiredDocument("document"), InsertOptions(a), ct)),
            "insertMany" => InsertMany(await c.InsertManyAsync(a.Documents("documents") ?? [], InsertOptions(a), ct)),
            "updateOne" => Update(await c.UpdateOneAsync(a.RequiredDocument("filter"), a.RequiredValue("update"), UpdateOptions(a, withSort: true), ct)),
            "updateMany" => Update(await c.UpdateManyAsync(a.RequiredDocument("filter"), a.RequiredValue("update"), UpdateOptions(a, withSort: false), ct)),
            "replaceOne" => Update(await c.ReplaceOneAsync(
                a.RequiredDocument("filter"),
                a.RequiredDocument("replacement"),
                new ReplaceOptions
                {
                    Upsert = a.Boolean("upsert"), Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"), Sort = a.Document("sort"),
                    BypassDocumentValidation = a.Boolean("bypassDocumentValidation"), Comment = a.Value("comment"),
                },
                ct)),
            "deleteOne" => Delete(await c.DeleteOneAsync(a.RequiredDocument("filter"), DeleteOptions(a), ct)),
            "deleteMany" => Delete(await c.DeleteManyAsync(a.RequiredDocument("filter"), DeleteOptions(a), ct)),
            "findOneAndUpdate" => (BsonValue?)await c.FindOneAndUpdateAsync(
                a.RequiredDocument("filter"),
                a.RequiredValue("update"),
                new FindOneAndUpdateOptions
                {
                    ReturnDocument = a.ReturnDocument(), Projection = a.Document("projection"), Sort = a.Document("sort"), Upsert = a.Boolean("upsert"),
                    ArrayFilters = a.Documents("arrayFilters"), Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"),
                    BypassDocumentValidation = a.Boolean("bypassDocumentValidation"), Comment = a.Value("comment"), MaxTime = a.MaxTime(),
                },
                ct) ?? BsonNull.Value,
            "findOneAndReplace" => (BsonValue?)await c.FindOneAndReplaceAsync(
                a.RequiredDocument("filter"),
                a.RequiredDocument("replacement"),
                new FindOneAndReplaceOptions
                {
                    ReturnDocument = a.ReturnDocument(), Projection = a.Document("projection"), Sort = a.Document("sort"), Upsert = a.Boolean("upsert"),
                    Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"),
                    BypassDocumentValidation = a.Boolean("bypassDocumentValidation"), Comment = a.Value("comment"), MaxTime = a.MaxTime(),
                },
                ct) ?? BsonNull.Value,
            "findOneAndDelete" => (BsonValue?)await c.FindOneAndDeleteAsync(
                a.RequiredDocument("filter"),
                new FindOneAndDeleteOptions
                {
                    Projection = a.Document("projection"), Sort = a.Document("sort"), Collation = a.Document("collation"), Hint = a.Value("hint"),
                    Let = a.Document("let"), Comment = a.Value("comment"), MaxTime = a.MaxTime(),
                },
                ct) ?? BsonNull.Value,
            _ => throw new UnifiedAssertionException($"operation {name} is not supported on a collection"),
        };

    private static FindOptions FindOptions(UnifiedArguments a) => new()
    {
        Sort = a.Document("sort"), Projection = a.Document("projection"), Skip = a.Int32("skip"), Limit = a.Int32("limit"), BatchSize = a.Int32("batchSize"),
        Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"), Comment = a.Value("comment"), AllowDiskUse = a.Boolean("allowDiskUse"),
        MaxTime = a.MaxTime(),
    };

    private static AggregateOptions AggregateOptions(UnifiedArguments a) => new()
    {
        AllowDiskUse = a.Boolean("allowDiskUse"), BatchSize = a.Int32("batchSize"), Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"),
        Comment = a.Value("comment"), BypassDocumentValidation = a.Boolean("bypassDocumentValidation"), MaxTime = a.MaxTime(),
    };

    private static InsertOptions InsertOptions(UnifiedArguments a) => new()
    {
        Ordered = a.Boolean("ordered") ?? true, BypassDocumentValidation = a.Boolean("bypassDocumentValidation"), Comment = a.Value("comment"),
    };

    private static UpdateOptions UpdateOptions(UnifiedArguments a, bool withSort) => new()
    {
        Upsert = a.Boolean("upsert"), ArrayFilters = a.Documents("arrayFilters"), Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"),
        Sort = withSort ? a.Document("sort") : null, BypassDocumentValidation = a.Boolean("bypassDocumentValidation"), Comment = a.Value("comment"),
    };

    private static DeleteOptions DeleteOptions(UnifiedArguments a) => new()
    {
        Collation = a.Document("collation"), Hint = a.Value("hint"), Let = a.Document("let"), Comment = a.Value("comment"),
    };

    private static async Task<BsonValue> ToArrayAsync(IAsyncCursor cursor, CancellationToken ct)
    {
        var documents = new List<BsonValue>();
        await foreach (var document in cursor.WithCancellation(ct))
        {
            documents.Add(document);
        }

        return new BsonArray(documents);
    }

    private static BsonDocument Unacknowledged() => [new("acknowledged", false)];

    private static BsonDocument InsertOne(InsertOneResult result) =>
        result.IsAcknowledged ? [new("insertedId", result.InsertedId)] : Unacknowledged();

    private static BsonDocument InsertMany(InsertManyResult result) =>
        result.IsAcknowledged ? [new("insertedIds", Ids(result.InsertedIds))] : Unacknowledged();

    private static BsonDocument Update(UpdateResult result)
    {
        if (!result.IsAcknowledged)
        {
            return Unacknowledged();
        }

        List<BsonElement> fields = [new("matchedCount", result.MatchedCount), new("modifiedCount", result.ModifiedCount), new("upsertedCount", result.UpsertedCount)];
        if (result.UpsertedId is { } id)
        {
            fields.Add(new("upsertedId", id));
        }

        return new BsonDocument(fields);
    }

    private static BsonDocument Delete(DeleteResult result) =>
        result.IsAcknowledged ? [new("deletedCount", result.DeletedCount)] : Unacknowledged();

    /// <summary>A bulk result as the unified format's BulkWriteResult document (ids keyed by model index).</summary>
    public static BsonDocument BulkResult(BulkWriteResult result) =>
    [
        new("deletedCount", result.DeletedCount),
        new("insertedCount", result.InsertedCount),
        new("insertedIds", Ids(result.InsertedIds)),
        new("matchedCount", result.MatchedCount),
        new("modifiedCount", result.ModifiedCount),
        new("upsertedCount", result.UpsertedCount),
        new("upsertedIds", Ids(result.UpsertedIds)),
    ];

    private static BsonDocument Ids(IReadOnlyDictionary<int, BsonValue> ids) =>
        new(ids.OrderBy(p => p.Key).Select(p => new BsonElement(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)));
}
