using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace Serverless.Bson.Benchmarks;

/// <summary>
/// Decode and encode of all 1,000 sample_mflix movies. One benchmark operation is one pass over the whole corpus,
/// so mean time per operation converts to MB/s with the corpus's total BSON size, and allocated bytes per
/// operation divide by the document count.
/// </summary>
[MemoryDiagnoser]
public class BsonCodecBenchmarks
{
    private Corpus _corpus = null!;
    private ArrayBufferWriter<byte> _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Load(BenchLayout.MoviesPath);
        _writer = new ArrayBufferWriter<byte>(_corpus.MaxDocumentBytes);
    }

    /// <summary>BsonCodec.Decode of each document's bytes to a BsonDocument.</summary>
    [Benchmark]
    public int Decode()
    {
        var elements = 0;
        foreach (var bytes in _corpus.Bson)
        {
            elements += BsonCodec.Decode(bytes).Count;
        }

        return elements;
    }

    /// <summary>BsonCodec.Encode of each document to a fresh byte[].</summary>
    [Benchmark]
    public long EncodeToArray()
    {
        long written = 0;
        foreach (var document in _corpus.Documents)
        {
            written += BsonCodec.Encode(document).Length;
        }

        return written;
    }

    /// <summary>BsonCodec.Encode of each document into one reused ArrayBufferWriter, reset before each.</summary>
    [Benchmark]
    public long EncodeToBufferWriter()
    {
        long written = 0;
        var writer = _writer;
        foreach (var document in _corpus.Documents)
        {
            writer.ResetWrittenCount();
            BsonCodec.Encode(document, writer);
            written += writer.WrittenCount;
        }

        return written;
    }
}
