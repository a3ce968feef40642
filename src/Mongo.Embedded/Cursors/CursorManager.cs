using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;

namespace Serverless.Mongo.Embedded.Cursors;

/// <summary>
/// Open cursors by id. A getMore takes its cursor out of the map while it works, so a second concurrent
/// getMore on the same id sees CursorNotFound instead of a torn batch. Cursors idle for 10 minutes are
/// dropped, matching the server's default cursorTimeoutMillis.
/// </summary>
internal sealed class CursorManager
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<long, ServerCursor> _cursors = new();
    private long _pinned;
    private long _timedOut;
    private long _totalOpened;

    /// <summary>serverStatus metrics.cursor: open cursors (those a getMore is serving count as pinned too), idle-expired ones, all ever opened.</summary>
    public CursorCounts Counts()
    {
        var pinned = Interlocked.Read(ref _pinned);
        return new CursorCounts(_cursors.Count + pinned, pinned, Interlocked.Read(ref _timedOut), Interlocked.Read(ref _totalOpened));
    }

    /// <summary>The first batch reply of find/listCollections/listIndexes: <c>{cursor: {firstBatch, id, ns}}</c>.</summary>
    public BsonDocument OpenCursor(string collectionNamespace, IReadOnlyList<BsonDocument> results, int? batchSize, bool singleBatch, TimeProvider time)
    {
        ExpireIdle(time);

        // find's first batch defaults to 101 documents; batchSize 0 asks for an empty first batch and an open cursor.
        var position = 0;
        var batch = batchSize == 0 ? BsonArray.Empty : BatchBuilder.Take(results, ref position, batchSize ?? 101);
        long id = 0;
        if (position < results.Count && !singleBatch)
        {
            var cursor = new ServerCursor(NewId(), collectionNamespace, results, position, time.GetTimestamp());
            _cursors[cursor.Id] = cursor;
            Interlocked.Increment(ref _totalOpened);
            id = cursor.Id;
        }

        return Reply("firstBatch", batch, id, collectionNamespace);
    }

    /// <exception cref="CommandException">No such cursor, or it belongs to another namespace.</exception>
    public BsonDocument GetMore(long id, string collectionNamespace, int? batchSize, TimeProvider time)
    {
        if (!_cursors.TryRemove(id, out var cursor))
        {
            throw ServerErrors.CursorNotFound(id);
        }

        // Out of the map but still open: the server calls such a cursor pinned (in use by an operation).
        Interlocked.Increment(ref _pinned);
        try
        {
            if (!string.Equals(cursor.Namespace, collectionNamespace, StringComparison.Ordinal))
            {
                _cursors[id] = cursor;
                throw ServerErrors.Unauthorized($"Requested getMore on namespace '{collectionNamespace}', but cursor belongs to a different namespace {cursor.Namespace}");
            }

            var position = cursor.Position;
            var batch = BatchBuilder.Take(cursor.Results, ref position, batchSize);
            cursor.Position = position;
            cursor.LastUsed = time.GetTimestamp();
            if (!cursor.Exhausted)
            {
                _cursors[id] = cursor;
            }

            return Reply("nextBatch", batch, cursor.Exhausted ? 0 : id, collectionNamespace);
        }
        finally
        {
            Interlocked.Decrement(ref _pinned);
        }
    }

    /// <summary>Kills the cursors of this namespace; reports which ids were killed and which were not found.</summary>
    public (List<long> Killed, List<long> NotFound) Kill(IEnumerable<long> ids, string collectionNamespace)
    {
        var killed = new List<long>();
        var notFound = new List<long>();
        foreach (var id in ids)
        {
            if (_cursors.TryGetValue(id, out var cursor)
                && string.Equals(cursor.Namespace, collectionNamespace, StringComparison.Ordinal)
                && _cursors.TryRemove(id, out _))
            {
                killed.Add(id);
            }
            else
            {
                notFound.Add(id);
            }
        }

        return (killed, notFound);
    }

    private static BsonDocument Reply(string batchName, BsonArray batch, long id, string collectionNamespace) =>
        [new("cursor", new BsonDocument(new BsonElement(batchName, batch), new BsonElement("id", id), new BsonElement("ns", collectionNamespace)))];

    // Cursor ids are random positive 64-bit numbers, as on the server, so one client cannot guess another's.
    private static long NewId()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        var id = BinaryPrimitives.ReadInt64LittleEndian(bytes) & long.MaxValue;
        return id == 0 ? 1 : id;
    }

    private void ExpireIdle(TimeProvider time)
    {
        foreach (var (id, cursor) in _cursors)
        {
            if (time.GetElapsedTime(cursor.LastUsed) > IdleTimeout && _cursors.TryRemove(id, out _))
            {
                Interlocked.Increment(ref _timedOut);
            }
        }
    }
}
