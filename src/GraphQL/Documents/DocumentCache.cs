using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Documents;

/// <summary>
/// A bounded, thread-safe cache of parsed and validated request documents for one schema, keyed by a hash of the
/// query's UTF-8 text. A request repeating a text skips parsing (§2), validation (§5) and field collection (§6.3.2):
/// the entry carries the syntax tree, its errors and its execution plans. Least recently used entries are evicted
/// beyond <see cref="DocumentCacheOptions.MaxEntries"/> or <see cref="DocumentCacheOptions.MaxTotalQueryBytes"/>.
/// </summary>
/// <remarks>
/// The key is the first 128 bits of the SHA-256 of the text; a hit is confirmed by comparing the whole text, so a
/// collision costs a parse, never a wrong document. Parsing and validation run outside the lock; two threads missing
/// on the same new text both parse it and the first to insert wins, so afterwards every request sees one entry.
/// </remarks>
public sealed class DocumentCache
{
    // Texts up to this size are encoded on the stack; larger ones use a pooled buffer.
    private const int StackEncodeLimit = 1024;

    private static readonly ConditionalWeakTable<Schema, DocumentCache> Shared = new();

    private readonly Lock _gate = new();
    private readonly Dictionary<UInt128, LinkedListNode<CachedDocument>> _entries = [];

    // Most recently used first.
    private readonly LinkedList<CachedDocument> _recency = new();
    private long _totalQueryBytes;
    private long _hits;
    private long _misses;
    private long _evictions;

    public DocumentCache(Schema schema, DocumentCacheOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? DocumentCacheOptions.Default;
    }

    /// <summary>The schema documents are validated against.</summary>
    public Schema Schema { get; }

    public DocumentCacheOptions Options { get; }

    public DocumentCacheStatistics Statistics
    {
        get
        {
            lock (_gate)
            {
                return new DocumentCacheStatistics(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), _evictions, _entries.Count, _totalQueryBytes);
            }
        }
    }

    /// <summary>
    /// The schema's shared cache with default options, created on first use and dropped with the schema; what
    /// <see cref="Execution.Executor"/> uses for a request that carries query text and names no cache.
    /// </summary>
    public static DocumentCache For(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Shared.GetValue(schema, static key => new DocumentCache(key));
    }

    /// <summary>The cached outcome of parsing and validating <paramref name="query"/>, computing it on a miss.</summary>
    /// <exception cref="SchemaValidationException">The schema is invalid (graphql-js <c>assertValidSchema</c>).</exception>
    public CachedDocument GetOrAdd(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(query.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackEncodeLimit ? stackalloc byte[StackEncodeLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            if (System.Text.Unicode.Utf8.FromUtf16(query, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                // A lone surrogate: no UTF-8 form to key on. The string parser reports it in graphql-js wording.
                Interlocked.Increment(ref _misses);
                return ParseInvalidUtf16(query);
            }

            return GetOrAdd(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The cached outcome of parsing and validating the UTF-8 <paramref name="utf8Query"/>, computing it on a miss.</summary>
    /// <exception cref="SchemaValidationException">The schema is invalid (graphql-js <c>assertValidSchema</c>).</exception>
    public CachedDocument GetOrAdd(ReadOnlySpan<byte> utf8Query)
    {
        var key = Hash(utf8Query);
        CachedDocument? found = null;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                found = node.Value;
            }
        }

        if (found is not null && found.HasText(utf8Query))
        {
            Interlocked.Increment(ref _hits);
            return found;
        }

        Interlocked.Increment(ref _misses);
        var created = CachedDocument.Create(utf8Query.ToArray(), key, Schema, Options);
        return found is null ? Insert(created) : created;
    }

    /// <summary>Drops every entry (statistics keep counting).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
            _totalQueryBytes = 0;
        }
    }

    private static UInt128 Hash(ReadOnlySpan<byte> utf8Query)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8Query, digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private static CachedDocument ParseInvalidUtf16(string query)
    {
        try
        {
            Parser.Parse(query);
        }
        catch (GraphQLSyntaxException error)
        {
            return CachedDocument.Uncacheable(error);
        }

        throw new InvalidOperationException("The parser accepted a string that has no UTF-8 form.");
    }

    private CachedDocument Insert(CachedDocument created)
    {
        var size = created.QueryUtf8.Length;
        if (size > Options.MaxTotalQueryBytes)
        {
            return created;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(created.Key, out var existing))
            {
                // Another request inserted the same text meanwhile: hand out one entry from now on.
                return existing.Value.HasText(created.QueryUtf8.Span) ? existing.Value : created;
            }

            _entries.Add(created.Key, _recency.AddFirst(created));
            _totalQueryBytes += size;
            while (_entries.Count > Options.MaxEntries || _totalQueryBytes > Options.MaxTotalQueryBytes)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _totalQueryBytes -= oldest.Value.QueryUtf8.Length;
                _evictions++;
            }
        }

        return created;
    }
}
