using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Cursors;

/// <summary>
/// Cuts the next batch from a result list: up to batchSize documents (all when absent) and at most 16 MiB of
/// BSON, but always at least one document so a large document cannot stall a cursor (manual "Cursor
/// Batches": "find() and aggregate() operations have an initial batch size of 101 documents by default…
/// batches cannot exceed the maximum BSON document size").
/// </summary>
internal static class BatchBuilder
{
    public const int MaxBatchBytes = 16 * 1024 * 1024;

    public static BsonArray Take(IReadOnlyList<BsonDocument> results, ref int position, int? batchSize)
    {
        var limit = batchSize is null or 0 ? int.MaxValue : batchSize.Value;
        var batch = new List<BsonValue>();
        long bytes = 0;
        while (position < results.Count && batch.Count < limit)
        {
            var size = EncodedSize(results[position]);
            if (batch.Count > 0 && bytes + size > MaxBatchBytes)
            {
                break;
            }

            bytes += size;
            batch.Add(results[position]);
            position++;
        }

        return new BsonArray(batch);
    }

    private static long EncodedSize(BsonDocument document) => BsonCodec.Encode(document).Length;
}
