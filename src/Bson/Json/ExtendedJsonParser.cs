using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace Serverless.Bson;

/// <summary>
/// Reads Extended JSON v2 (MongoDB "Extended JSON" spec, "Parsers") from UTF-8 with <see cref="Utf8JsonReader"/>,
/// building the value model in one pass. Objects are read as plain documents until a key names a type wrapper;
/// then the reader rewinds to the object's start and reads it again as that wrapper (see the Wrappers part).
/// Plain documents, the bulk of real data, are therefore read once. Elements and array items of every open
/// level share two scratch stacks, so a document costs one exact-size array, not a growing list.
/// </summary>
internal ref partial struct ExtendedJsonParser
{
    private readonly ExtendedJsonReaderOptions _options;
    private Utf8JsonReader _reader;
    private BsonElement[] _elements;
    private int _elementCount;
    private BsonValue[] _items;
    private int _itemCount;

    public ExtendedJsonParser(ReadOnlySpan<byte> utf8Json, ExtendedJsonReaderOptions options)
    {
        _options = options;

        // Strict RFC 8259 JSON: no comments, no trailing commas. The reader enforces the depth limit itself,
        // before this parser recurses, so hostile nesting fails as a JsonException, never a stack overflow.
        _reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        _elements = new BsonElement[16];
        _elementCount = 0;
        _items = new BsonValue[16];
        _itemCount = 0;
    }

    /// <summary>Byte offset of the token being read; where an error is reported.</summary>
    public readonly long Position => _reader.TokenStartIndex;

    /// <summary>
    /// Reads the single JSON value that makes up the input. With <paramref name="documentOnly"/> it must be an
    /// object, read as a document: the spec never treats the top-level object as a type wrapper ("Parsers":
    /// "When parsing a JSON object other than the top-level object…"), so {"$regex": {...}} stays a document.
    /// </summary>
    public BsonValue ReadRoot(bool documentOnly)
    {
        Read();
        BsonValue value;
        if (documentOnly)
        {
            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error($"expected a JSON object (a document) at the top level, found {Describe(_reader.TokenType)}");
            }

            value = ReadDocumentBody();
        }
        else
        {
            value = ReadValue();
        }

        // Anything but whitespace after the value makes the reader throw; this only confirms the end.
        if (_reader.Read())
        {
            throw Error("unexpected content after the top-level value");
        }

        return value;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private readonly ExtendedJsonException Error(string message) => new(_reader.TokenStartIndex, message);

    private void Read()
    {
        if (!_reader.Read())
        {
            throw Error("the JSON text ends too early");
        }
    }

    /// <summary>Reads the value whose first token is current; leaves its last token current.</summary>
    private BsonValue ReadValue() => _reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(),
        JsonTokenType.StartArray => ReadArray(),
        JsonTokenType.String => _reader.ValueSpan.IsEmpty ? BsonString.Empty : new BsonString(_reader.GetString()!),
        JsonTokenType.Number => ReadNumber(),
        JsonTokenType.True => BsonBoolean.True,
        JsonTokenType.False => BsonBoolean.False,
        JsonTokenType.Null => BsonNull.Value,
        _ => throw Error($"unexpected JSON token {_reader.TokenType}"),
    };

    /// <summary>
    /// A relaxed-format number (spec, "Special rules for parsing JSON numbers"): an <i>integer</i> becomes the
    /// smallest of int32 and int64 that holds it, otherwise a double; a <i>non-integer</i> becomes a double.
    /// </summary>
    private readonly BsonValue ReadNumber()
    {
        var text = _reader.ValueSpan;
        if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            if (Utf8Parser.TryParse(text, out int small, out var consumed) && consumed == text.Length)
            {
                return BsonInt32.Create(small);
            }

            if (Utf8Parser.TryParse(text, out long large, out consumed) && consumed == text.Length)
            {
                return new BsonInt64(large);
            }
        }

        // The reader has checked the JSON number grammar; magnitudes beyond double's range become infinities.
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
        return new BsonDouble(number);
    }

    private BsonArray ReadArray()
    {
        var start = _itemCount;
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            var item = ReadValue();
            if (_itemCount == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[_itemCount++] = item;
        }

        var count = _itemCount - start;
        if (count == 0)
        {
            return BsonArray.Empty;
        }

        var owned = _items.AsSpan(start, count).ToArray();
        _items.AsSpan(start, count).Clear();
        _itemCount = start;
        return BsonArray.FromOwnedArray(owned);
    }

    /// <summary>
    /// An object below the top level: a document, unless one of its keys belongs to a type wrapper, in which
    /// case the whole object must be exactly that wrapper (spec, "Parsers": "it must contain exactly the keys
    /// of the type wrapper"). Key order has no significance, so the wrapper key may come anywhere.
    /// </summary>
    private BsonValue ReadObject()
    {
        var checkpoint = _reader;
        var start = _elementCount;
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                return PopDocument(start);
            }

            var name = ReadName();
            if (IsWrapperKey(name))
            {
                DropElements(start);
                _reader = checkpoint;
                return ReadWrapper();
            }

            Read();
            PushElement(new BsonElement(name, ReadValue()));
        }
    }

    /// <summary>Reads an object as a document whatever its keys; the current token is its StartObject.</summary>
    private BsonDocument ReadDocumentBody()
    {
        var start = _elementCount;
        while (true)
        {
            Read();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                return PopDocument(start);
            }

            var name = ReadName();
            Read();
            PushElement(new BsonElement(name, ReadValue()));
        }
    }

    /// <summary>
    /// A field name. BSON writes names as NUL-terminated cstrings, so a NUL inside one cannot be represented
    /// (corpus top.json parseErrors: "Null byte in document key").
    /// </summary>
    private string ReadName()
    {
        var name = _reader.GetString()!;
        if (name.Contains('\0', StringComparison.Ordinal))
        {
            throw Error("a field name contains a NUL character, which BSON cannot store");
        }

        return name;
    }

    private void PushElement(BsonElement element)
    {
        if (_elementCount == _elements.Length)
        {
            Array.Resize(ref _elements, _elements.Length * 2);
        }

        _elements[_elementCount++] = element;
    }

    private BsonDocument PopDocument(int start)
    {
        var count = _elementCount - start;
        if (count == 0)
        {
            return BsonDocument.Empty;
        }

        var owned = _elements.AsSpan(start, count).ToArray();
        DropElements(start);
        return BsonDocument.FromOwnedArray(owned);
    }

    private void DropElements(int start)
    {
        // Cleared so the scratch stack does not keep values of finished documents alive.
        _elements.AsSpan(start, _elementCount - start).Clear();
        _elementCount = start;
    }
}
