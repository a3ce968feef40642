using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Serverless.Bson.Benchmarks;

/// <summary>
/// The benchmarked documents: each line of the movies file parsed from Extended JSON, and its BSON encoding.
/// </summary>
internal sealed class Corpus
{
    private Corpus(BsonDocument[] documents, byte[][] bson)
    {
        Documents = documents;
        Bson = bson;
        TotalBytes = bson.Sum(b => (long)b.Length);
        MaxDocumentBytes = bson.Max(b => b.Length);
    }

    public BsonDocument[] Documents { get; }

    /// <summary>One BSON buffer per document, in file order.</summary>
    public byte[][] Bson { get; }

    /// <summary>Sum of the BSON sizes: the bytes one pass over the corpus decodes or encodes.</summary>
    public long TotalBytes { get; }

    public int MaxDocumentBytes { get; }

    public int Count => Documents.Length;

    public static Corpus Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Benchmark data not found at {path} (set SHARED_DIR, or put shared/ beside the repository).", path);
        }

        var documents = new List<BsonDocument>();
        using (var file = File.OpenRead(path))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    documents.Add(ExtendedJson.ParseDocument(line));
                }
            }
        }

        var array = documents.ToArray();
        return new Corpus(array, Array.ConvertAll(array, BsonCodec.Encode));
    }

    /// <summary>SHA-256 of all BSON buffers concatenated, lower-case hex; the Node reference prints the same.</summary>
    public string Sha256OfConcatenatedBson()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bytes in Bson)
        {
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Checks that decoding then re-encoding gives back every buffer byte for byte, so the decode and encode
    /// benchmarks work on a faithful round trip. Returns the index of the first document that differs, or -1.
    /// </summary>
    public int FirstRoundTripMismatch()
    {
        for (var i = 0; i < Bson.Length; i++)
        {
            if (!BsonCodec.Encode(BsonCodec.Decode(Bson[i])).AsSpan().SequenceEqual(Bson[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Compares another encoder's BSON for the same documents (concatenated, in file order) with ours and says how
    /// many documents differ, showing the first in canonical Extended JSON from both sides.
    /// </summary>
    public string DescribeDifferences(byte[] other)
    {
        var differing = 0;
        string? first = null;
        var offset = 0;
        for (var i = 0; i < Bson.Length; i++)
        {
            if (offset + 4 > other.Length)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The other corpus ends before document #{i}.");
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(other.AsSpan(offset));
            if (length < 5 || offset + length > other.Length)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The other corpus is malformed at document #{i}.");
            }

            var theirs = other.AsSpan(offset, length);
            offset += length;
            if (theirs.SequenceEqual(Bson[i]))
            {
                continue;
            }

            differing++;
            first ??= string.Create(CultureInfo.InvariantCulture,
                $"First difference, document #{i}:{Environment.NewLine}  ours:  {ExtendedJson.Serialize(Documents[i], ExtendedJsonMode.Canonical)}{Environment.NewLine}  other: {ExtendedJson.Serialize(BsonCodec.Decode(theirs), ExtendedJsonMode.Canonical)}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{differing} of {Bson.Length} documents differ.") +
            (first is null ? string.Empty : Environment.NewLine + first);
    }
}
