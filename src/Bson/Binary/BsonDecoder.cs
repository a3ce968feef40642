using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Serverless.Bson;

/// <summary>
/// Decodes BSON bytes (bsonspec.org, "Specification Version 1.1") into the value model, checking every
/// structural rule: declared lengths against the bytes present and against the enclosing document, the
/// document terminator, cstring termination, UTF-8 validity, boolean bytes, string and code-with-scope sizes.
/// A ref struct cursor: all state lives on the stack and is passed by reference.
/// </summary>
internal ref struct BsonDecoder
{
    // Strict: invalid UTF-8 raises instead of becoming U+FFFD, as the corpus ("invalid UTF-8") requires.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _bytes;
    private readonly int _maxDepth;
    private int _position;

    private BsonDecoder(ReadOnlySpan<byte> bytes, int maxDepth)
    {
        _bytes = bytes;
        _maxDepth = maxDepth;
        _position = 0;
    }

    /// <summary>Decodes exactly one document that must span all of <paramref name="bytes"/>.</summary>
    public static BsonDocument DecodeDocument(ReadOnlySpan<byte> bytes, BsonDecoderOptions options)
    {
        var decoder = new BsonDecoder(bytes, options.MaxDepth);
        if (bytes.Length < 5)
        {
            throw new BsonDecodeException(0, $"a document needs at least 5 bytes, got {bytes.Length}");
        }

        var declared = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (declared != bytes.Length)
        {
            throw new BsonDecodeException(0, $"the document declares {declared} bytes but {bytes.Length} were given");
        }

        return decoder.ReadDocument(bytes.Length, depth: 1);
    }

    private BsonDocument ReadDocument(int limit, int depth)
    {
        var start = _position;
        var end = ReadEmbeddedLength(limit, minimum: 5, "document");
        if (depth > _maxDepth)
        {
            throw new BsonDecodeException(start, $"nesting deeper than {_maxDepth} levels");
        }

        var elements = ArrayPool<BsonElement>.Shared.Rent(8);
        var count = 0;
        try
        {
            while (true)
            {
                var typeOffset = _position;
                if (typeOffset >= end)
                {
                    throw new BsonDecodeException(typeOffset, "the document ends without its 0x00 terminator");
                }

                var type = _bytes[_position++];
                if (type == 0)
                {
                    if (_position != end)
                    {
                        throw new BsonDecodeException(typeOffset, $"terminator found {end - _position} bytes before the declared end of the document");
                    }

                    var owned = new BsonElement[count];
                    elements.AsSpan(0, count).CopyTo(owned);
                    return BsonDocument.FromOwnedArray(owned);
                }

                var name = ReadCString(end);
                var value = ReadValue(type, typeOffset, end, depth);
                if (count == elements.Length)
                {
                    var larger = ArrayPool<BsonElement>.Shared.Rent(count * 2);
                    elements.AsSpan(0, count).CopyTo(larger);
                    Return(elements, count);
                    elements = larger;
                }

                elements[count++] = new BsonElement(name, value);
            }
        }
        finally
        {
            Return(elements, count);
        }
    }

    private BsonArray ReadArray(int limit, int depth)
    {
        var start = _position;
        var end = ReadEmbeddedLength(limit, minimum: 5, "array");
        if (depth > _maxDepth)
        {
            throw new BsonDecodeException(start, $"nesting deeper than {_maxDepth} levels");
        }

        var items = ArrayPool<BsonValue>.Shared.Rent(8);
        var count = 0;
        try
        {
            while (true)
            {
                var typeOffset = _position;
                if (typeOffset >= end)
                {
                    throw new BsonDecodeException(typeOffset, "the array ends without its 0x00 terminator");
                }

                var type = _bytes[_position++];
                if (type == 0)
                {
                    if (_position != end)
                    {
                        throw new BsonDecodeException(typeOffset, $"terminator found {end - _position} bytes before the declared end of the array");
                    }

                    return BsonArray.FromOwnedArray(items.AsSpan(0, count).ToArray());
                }

                // Array keys should be "0", "1", …; the BSON corpus treats other keys as degenerate but
                // valid input, so they are checked only for being well-formed cstrings and then dropped.
                SkipCString(end);
                var value = ReadValue(type, typeOffset, end, depth);
                if (count == items.Length)
                {
                    var larger = ArrayPool<BsonValue>.Shared.Rent(count * 2);
                    items.AsSpan(0, count).CopyTo(larger);
                    Return(items, count);
                    items = larger;
                }

                items[count++] = value;
            }
        }
        finally
        {
            Return(items, count);
        }
    }

    private BsonValue ReadValue(byte type, int typeOffset, int limit, int depth) =>
        type switch
        {
            0x01 => new BsonDouble(BitConverter.Int64BitsToDouble(ReadInt64(limit))),
            0x02 => new BsonString(ReadString(limit)),
            0x03 => ReadDocument(limit, depth + 1),
            0x04 => ReadArray(limit, depth + 1),
            0x05 => ReadBinary(limit),
            0x06 => BsonUndefined.Value,
            0x07 => new BsonObjectId(ReadObjectId(limit)),
            0x08 => ReadBoolean(limit),
            0x09 => new BsonDateTime(ReadInt64(limit)),
            0x0A => BsonNull.Value,
            0x0B => ReadRegularExpression(limit),
            0x0C => ReadDbPointer(limit),
            0x0D => new BsonJavaScript(ReadString(limit)),
            0x0E => new BsonSymbol(ReadString(limit)),
            0x0F => ReadJavaScriptWithScope(limit, depth),
            0x10 => BsonInt32.Create(ReadInt32(limit)),
            0x11 => new BsonTimestamp((ulong)ReadInt64(limit)),
            0x12 => new BsonInt64(ReadInt64(limit)),
            0x13 => ReadDecimal128(limit),
            0x7F => BsonMaxKey.Value,
            0xFF => BsonMinKey.Value,
            _ => throw new BsonDecodeException(typeOffset, $"unknown element type 0x{type:X2}"),
        };

    private BsonBinary ReadBinary(int limit)
    {
        var lengthOffset = _position;
        var length = ReadInt32(limit);
        if (length < 0)
        {
            throw new BsonDecodeException(lengthOffset, $"negative binary length {length}");
        }

        // Widened: a hostile length of int.MaxValue must not wrap the sum past the bounds check.
        Require(1L + length, limit, "binary data");
        var subtype = (BsonBinarySubtype)_bytes[_position++];
        var payload = _bytes.Slice(_position, length);
        _position += length;
        if (subtype == BsonBinarySubtype.OldBinary)
        {
            // Subtype 2 repeats the payload length inside the payload (bsonspec.org, "binary").
            if (length < 4 || BinaryPrimitives.ReadInt32LittleEndian(payload) != length - 4)
            {
                throw new BsonDecodeException(lengthOffset + 5, $"old binary (subtype 2) inner length does not equal {length} - 4");
            }

            payload = payload[4..];
        }

        return BsonBinary.FromOwnedArray(payload.ToArray(), subtype);
    }

    private BsonBoolean ReadBoolean(int limit)
    {
        Require(1, limit, "boolean");
        var offset = _position;
        return _bytes[_position++] switch
        {
            0 => BsonBoolean.False,
            1 => BsonBoolean.True,
            var other => throw new BsonDecodeException(offset, $"boolean byte must be 0x00 or 0x01, not 0x{other:X2}"),
        };
    }

    private BsonRegularExpression ReadRegularExpression(int limit)
    {
        var pattern = ReadCString(limit);
        var options = ReadCString(limit);
        return new BsonRegularExpression(pattern, options);
    }

    private BsonDbPointer ReadDbPointer(int limit)
    {
        var ns = ReadString(limit);
        return new BsonDbPointer(ns, ReadObjectId(limit));
    }

    private BsonJavaScriptWithScope ReadJavaScriptWithScope(int limit, int depth)
    {
        // int32 total size, then string, then document; the total must account for both exactly.
        var start = _position;
        var end = ReadEmbeddedLength(limit, minimum: 14, "code with scope");
        var code = ReadString(end);
        var scope = ReadDocument(end, depth + 1);
        if (_position != end)
        {
            throw new BsonDecodeException(start, $"code with scope declares {end - start} bytes but its parts use {_position - start}");
        }

        return new BsonJavaScriptWithScope(code, scope);
    }

    private BsonDecimal128 ReadDecimal128(int limit)
    {
        Require(16, limit, "decimal128");
        var low = BinaryPrimitives.ReadUInt64LittleEndian(_bytes[_position..]);
        var high = BinaryPrimitives.ReadUInt64LittleEndian(_bytes[(_position + 8)..]);
        _position += 16;
        return new BsonDecimal128(new Decimal128(high, low));
    }

    private ObjectId ReadObjectId(int limit)
    {
        Require(ObjectId.Size, limit, "ObjectId");
        var id = new ObjectId(_bytes.Slice(_position, ObjectId.Size));
        _position += ObjectId.Size;
        return id;
    }

    /// <summary>Reads an int32 length that counts itself, validates it, and returns the absolute end.</summary>
    private int ReadEmbeddedLength(int limit, int minimum, string what)
    {
        var start = _position;
        var length = ReadInt32(limit);
        if (length < minimum)
        {
            throw new BsonDecodeException(start, $"{what} length {length} is below the minimum of {minimum}");
        }

        if (length > limit - start)
        {
            throw new BsonDecodeException(start, $"{what} length {length} runs past the enclosing document ({limit - start} bytes left)");
        }

        return start + length;
    }

    private string ReadString(int limit)
    {
        var lengthOffset = _position;
        var length = ReadInt32(limit);
        if (length < 1)
        {
            throw new BsonDecodeException(lengthOffset, $"string length {length} is below the minimum of 1");
        }

        Require(length, limit, "string");
        var bytes = _bytes.Slice(_position, length);
        if (bytes[^1] != 0)
        {
            throw new BsonDecodeException(_position + length - 1, "string is not terminated by 0x00");
        }

        var text = DecodeUtf8(bytes[..^1], _position);
        _position += length;
        return text;
    }

    private string ReadCString(int limit)
    {
        var start = _position;
        var length = FindTerminator(limit);
        var text = DecodeUtf8(_bytes.Slice(start, length), start);
        _position = start + length + 1;
        return text;
    }

    private void SkipCString(int limit)
    {
        var start = _position;
        var length = FindTerminator(limit);
        DecodeUtf8(_bytes.Slice(start, length), start);
        _position = start + length + 1;
    }

    private readonly int FindTerminator(int limit)
    {
        var length = _bytes[_position..limit].IndexOf((byte)0);
        return length >= 0 ? length : throw new BsonDecodeException(_position, "cstring has no 0x00 terminator before the end of its document");
    }

    private int ReadInt32(int limit)
    {
        Require(4, limit, "int32");
        var value = BinaryPrimitives.ReadInt32LittleEndian(_bytes[_position..]);
        _position += 4;
        return value;
    }

    private long ReadInt64(int limit)
    {
        Require(8, limit, "int64");
        var value = BinaryPrimitives.ReadInt64LittleEndian(_bytes[_position..]);
        _position += 8;
        return value;
    }

    private readonly void Require(long count, int limit, string what)
    {
        if (count > limit - _position)
        {
            throw new BsonDecodeException(_position, $"{what} needs {count} bytes but only {limit - _position} remain in the enclosing document");
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BsonDecodeException(offset, "string is not valid UTF-8");
        }
    }

    private static void Return<T>(T[] rented, int used)
    {
        // Clear what was used so pooled arrays do not keep decoded values alive.
        rented.AsSpan(0, used).Clear();
        ArrayPool<T>.Shared.Return(rented);
    }
}
