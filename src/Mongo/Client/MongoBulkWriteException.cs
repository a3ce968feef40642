namespace Serverless.Mongo;

/// <summary>
/// A bulkWrite or insertMany where some writes failed (CRUD spec, "BulkWriteException"): every write error
/// with its index in the caller's list, the write concern error if any, and the result of the writes that did
/// happen. An ordered bulk stops at its first write error; an unordered one reports all.
/// </summary>
public sealed class MongoBulkWriteException : MongoException
{
    public MongoBulkWriteException()
    {
        WriteErrors = [];
        PartialResult = new BulkWriteResult(true, 0, 0, 0, 0, 0, new Dictionary<int, Bson.BsonValue>(), new Dictionary<int, Bson.BsonValue>());
    }

    public MongoBulkWriteException(string message)
        : base(message)
    {
        WriteErrors = [];
        PartialResult = new BulkWriteResult(true, 0, 0, 0, 0, 0, new Dictionary<int, Bson.BsonValue>(), new Dictionary<int, Bson.BsonValue>());
    }

    public MongoBulkWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
        WriteErrors = [];
        PartialResult = new BulkWriteResult(true, 0, 0, 0, 0, 0, new Dictionary<int, Bson.BsonValue>(), new Dictionary<int, Bson.BsonValue>());
    }

    public MongoBulkWriteException(IReadOnlyList<WriteError> writeErrors, WriteConcernError? writeConcernError, BulkWriteResult partialResult)
        : base(Describe(writeErrors, writeConcernError))
    {
        WriteErrors = writeErrors;
        WriteConcernError = writeConcernError;
        PartialResult = partialResult;
    }

    public IReadOnlyList<WriteError> WriteErrors { get; }

    public WriteConcernError? WriteConcernError { get; }

    /// <summary>The counts and ids of the writes that succeeded before (or besides) the failures.</summary>
    public BulkWriteResult PartialResult { get; }

    private static string Describe(IReadOnlyList<WriteError> writeErrors, WriteConcernError? writeConcernError)
    {
        var parts = writeErrors.Select(e => $"write {e.Index}: {e.Message} (code {e.Code})").ToList();
        if (writeConcernError is not null)
        {
            parts.Add($"write concern: {writeConcernError.Message} (code {writeConcernError.Code})");
        }

        return "Bulk write failed: " + string.Join("; ", parts);
    }
}
