using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Serverless.Bson;

/// <summary>
/// Extended JSON v2 reading and writing (MongoDB "Extended JSON" spec). Output is compact UTF-8 JSON with keys
/// in document order; input may be canonical, relaxed, or mixed, plus the legacy $binary/$type and
/// $regex/$options forms. Every failure to read is an <see cref="ExtendedJsonException"/> naming the byte offset.
/// </summary>
public static class ExtendedJson
{
    /// <summary>The value as Extended JSON text; relaxed by default, as the spec asks of generators.</summary>
    /// <exception cref="BsonEncodeException">The value nests deeper than 1000 documents or arrays.</exception>
    public static string Serialize(BsonValue value, ExtendedJsonMode mode = ExtendedJsonMode.Relaxed)
    {
        ArgumentNullException.ThrowIfNull(value);
        var output = new ArrayBufferWriter<byte>(256);
        ExtendedJsonWriter.Write(output, value, mode);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Writes the value as UTF-8 Extended JSON text to <paramref name="utf8Output"/>.</summary>
    /// <exception cref="BsonEncodeException">The value nests deeper than 1000 documents or arrays.</exception>
    public static void Write(IBufferWriter<byte> utf8Output, BsonValue value, ExtendedJsonMode mode)
    {
        ArgumentNullException.ThrowIfNull(utf8Output);
        ArgumentNullException.ThrowIfNull(value);
        ExtendedJsonWriter.Write(utf8Output, value, mode);
    }

    /// <summary>Reads one Extended JSON value of any kind; a top-level object may be a type wrapper.</summary>
    /// <exception cref="ExtendedJsonException">Not JSON, not valid Extended JSON, or nested too deeply.</exception>
    public static BsonValue Parse(string json, ExtendedJsonReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseString(json, documentOnly: false, options);
    }

    /// <inheritdoc cref="Parse(string, ExtendedJsonReaderOptions?)"/>
    public static BsonValue Parse(ReadOnlySpan<byte> utf8Json, ExtendedJsonReaderOptions? options = null) =>
        ParseUtf8(utf8Json, documentOnly: false, options);

    /// <summary>
    /// Reads an Extended JSON document: the text must be one JSON object, and that object is always a document,
    /// never a type wrapper (so {"$regex": …} at the top is the query operator's document).
    /// </summary>
    /// <exception cref="ExtendedJsonException">Not JSON, not an object, not valid Extended JSON, or too deep.</exception>
    public static BsonDocument ParseDocument(string json, ExtendedJsonReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return (BsonDocument)ParseString(json, documentOnly: true, options);
    }

    /// <inheritdoc cref="ParseDocument(string, ExtendedJsonReaderOptions?)"/>
    public static BsonDocument ParseDocument(ReadOnlySpan<byte> utf8Json, ExtendedJsonReaderOptions? options = null) =>
        (BsonDocument)ParseUtf8(utf8Json, documentOnly: true, options);

    private static BsonValue ParseString(string json, bool documentOnly, ExtendedJsonReaderOptions? options)
    {
        // Unpaired surrogates become U+FFFD here, as everywhere .NET turns text into UTF-8.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return ParseUtf8(buffer.AsSpan(0, length), documentOnly, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BsonValue ParseUtf8(ReadOnlySpan<byte> utf8Json, bool documentOnly, ExtendedJsonReaderOptions? options)
    {
        // A byte order mark is not JSON (RFC 8259, section 8.1: parsers MAY ignore it); files saved by editors
        // carry one, so skip it and keep positions relative to the caller's bytes.
        var offset = utf8Json.StartsWith("\uFEFF"u8) ? 3 : 0;
        var input = utf8Json[offset..];
        var parser = new ExtendedJsonParser(input, options ?? ExtendedJsonReaderOptions.Default);
        try
        {
            return parser.ReadRoot(documentOnly);
        }
        catch (ExtendedJsonException e) when (offset != 0)
        {
            throw new ExtendedJsonException(e.Position + offset, StripPrefix(e.Message));
        }
        catch (JsonException e)
        {
            // Utf8JsonReader reports line and byte-in-line; callers get one absolute offset.
            throw new ExtendedJsonException(offset + AbsolutePosition(input, e.LineNumber ?? 0, e.BytePositionInLine ?? 0), StripPrefix(e.Message));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // GetString on invalid UTF-8 or an unpaired \ud800 escape, and similar conversions deeper down.
            throw new ExtendedJsonException(offset + parser.Position, e.Message);
        }
    }

    private static long AbsolutePosition(ReadOnlySpan<byte> input, long line, long byteInLine)
    {
        var position = 0;
        for (var i = 0; i < line; i++)
        {
            var newline = input[position..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            position += newline + 1;
        }

        return Math.Min(position + byteInLine, input.Length);
    }

    private static string StripPrefix(string message)
    {
        // ExtendedJsonException formats its own "Invalid Extended JSON at position N:" prefix; JsonException
        // messages end with their own "LineNumber: … | BytePositionInLine: …" suffix, kept for context.
        const string marker = ": ";
        var index = message.StartsWith("Invalid Extended JSON at position ", StringComparison.Ordinal) ? message.IndexOf(marker, StringComparison.Ordinal) : -1;
        return index < 0 ? message : message[(index + marker.Length)..];
    }
}
