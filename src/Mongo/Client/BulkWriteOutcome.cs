using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Adds up the replies of a bulk write's commands (insert/update/delete "Output" in the manual: n, nModified,
/// upserted[{index, _id}], writeErrors[{index, code, errmsg, …}], writeConcernError), translating each batch
/// index back to the caller's model index.
/// </summary>
internal sealed class BulkWriteOutcome
{
    private readonly Dictionary<int, BsonValue> _insertedIds = [];
    private readonly Dictionary<int, BsonValue> _upsertedIds = [];
    private readonly List<WriteError> _writeErrors = [];
    private long _inserted;
    private long _matched;
    private long _modified;
    private long _deleted;
    private WriteConcernError? _writeConcernError;

    public IReadOnlyList<WriteError> WriteErrors => _writeErrors;

    public static BulkWriteResult Unacknowledged(IReadOnlyList<PreparedWrite> statements) =>
        new(false, 0, 0, 0, 0, 0, statements.Where(s => s.InsertedId is not null).ToDictionary(s => s.Index, s => s.InsertedId!), new Dictionary<int, BsonValue>());

    public void Merge(List<PreparedWrite> batch, BsonDocument reply, bool ordered)
    {
        var n = BsonNumbers.Int64(reply, "n", 0);
        var failed = new HashSet<int>();
        if (reply.GetValueOrDefault("writeErrors") is BsonArray errors)
        {
            foreach (var error in errors.OfType<BsonDocument>())
            {
                var batchIndex = BsonNumbers.Int32(error, "index", 0);
                failed.Add(batchIndex);
                var details = new BsonDocument(error.Where(e => e.Name is not ("index" or "code" or "errmsg")));
                _writeErrors.Add(new WriteError(
                    batchIndex < batch.Count ? batch[batchIndex].Index : batchIndex,
                    BsonNumbers.Int32(error, "code", 0),
                    error.GetValueOrDefault("errmsg") is BsonString message ? message.Value : error.ToString(),
                    details.GetValueOrDefault("errInfo") as BsonDocument ?? details));
            }
        }

        if (reply.GetValueOrDefault("writeConcernError") is BsonDocument concern)
        {
            _writeConcernError = new WriteConcernError(
                BsonNumbers.Int32(concern, "code", 0),
                concern.GetValueOrDefault("codeName") is BsonString codeName ? codeName.Value : string.Empty,
                concern.GetValueOrDefault("errmsg") is BsonString message ? message.Value : concern.ToString(),
                concern.GetValueOrDefault("errInfo") as BsonDocument ?? BsonDocument.Empty);
        }

        switch (batch[0].Kind)
        {
            case WriteCommandKind.Insert:
                _inserted += n;
                // An ordered batch stops at its first error, so nothing after it was inserted either.
                var stop = ordered && failed.Count > 0 ? failed.Min() : batch.Count;
                for (var i = 0; i < stop; i++)
                {
                    if (!failed.Contains(i))
                    {
                        _insertedIds[batch[i].Index] = batch[i].InsertedId!;
                    }
                }

                break;
            case WriteCommandKind.Update:
                var upserted = reply.GetValueOrDefault("upserted") as BsonArray ?? [];
                foreach (var entry in upserted.OfType<BsonDocument>())
                {
                    var batchIndex = BsonNumbers.Int32(entry, "index", 0);
                    _upsertedIds[batchIndex < batch.Count ? batch[batchIndex].Index : batchIndex] = entry["_id"];
                }

                _matched += n - upserted.Count;
                _modified += BsonNumbers.Int64(reply, "nModified", 0);
                break;
            default:
                _deleted += n;
                break;
        }
    }

    /// <summary>The result, or the bulk exception carrying it when any write or the write concern failed.</summary>
    /// <exception cref="MongoBulkWriteException">Some writes failed.</exception>
    public BulkWriteResult Finish()
    {
        var result = new BulkWriteResult(true, _inserted, _matched, _modified, _deleted, _upsertedIds.Count, _insertedIds, _upsertedIds);
        return _writeErrors.Count == 0 && _writeConcernError is null
            ? result
            : throw new MongoBulkWriteException(_writeErrors, _writeConcernError, result);
    }
}
