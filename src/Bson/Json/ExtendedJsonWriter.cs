using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serverless.Bson;

/// <summary>
/// Writes the value model as Extended JSON v2 text (MongoDB "Extended JSON" spec, "Conversion table"), compact,
/// keys in document order ("Generators", "Transforming BSON"). A visitor, so each value kind chooses its own
/// wrapper; only the number and date wrappers differ between canonical and relaxed mode.
/// </summary>
internal sealed class ExtendedJsonWriter : IBsonVisitor
{
    /// <summary>
    /// Deepest nesting of documents, arrays and scopes written. The spec asks generators for at least 100
    /// ("Generators"); the limit keeps a hand-built, absurdly deep value from overflowing the stack.
    /// </summary>
    public const int MaxDepth = 1000;

    // Non-ASCII text is written as UTF-8, not \u escapes: shorter and still valid JSON. The "unsafe" in the
    // name is about embedding in HTML, which Extended JSON output is not for.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonEncodedText Oid = Name("$oid");
    private static readonly JsonEncodedText Symbol = Name("$symbol");
    private static readonly JsonEncodedText NumberInt = Name("$numberInt");
    private static readonly JsonEncodedText NumberLong = Name("$numberLong");
    private static readonly JsonEncodedText NumberDouble = Name("$numberDouble");
    private static readonly JsonEncodedText NumberDecimal = Name("$numberDecimal");
    private static readonly JsonEncodedText Binary = Name("$binary");
    private static readonly JsonEncodedText Base64 = Name("base64");
    private static readonly JsonEncodedText SubType = Name("subType");
    private static readonly JsonEncodedText Code = Name("$code");
    private static readonly JsonEncodedText Scope = Name("$scope");
    private static readonly JsonEncodedText Timestamp = Name("$timestamp");
    private static readonly JsonEncodedText T = Name("t");
    private static readonly JsonEncodedText I = Name("i");
    private static readonly JsonEncodedText RegularExpression = Name("$regularExpression");
    private static readonly JsonEncodedText Pattern = Name("pattern");
    private static readonly JsonEncodedText Options = Name("options");
    private static readonly JsonEncodedText DbPointer = Name("$dbPointer");
    private static readonly JsonEncodedText Ref = Name("$ref");
    private static readonly JsonEncodedText Id = Name("$id");
    private static readonly JsonEncodedText Date = Name("$date");
    private static readonly JsonEncodedText MinKey = Name("$minKey");
    private static readonly JsonEncodedText MaxKey = Name("$maxKey");
    private static readonly JsonEncodedText Undefined = Name("$undefined");

    private readonly Utf8JsonWriter _json;
    private readonly bool _relaxed;
    private int _depth;

    private ExtendedJsonWriter(Utf8JsonWriter json, ExtendedJsonMode mode)
    {
        _json = json;
        _relaxed = mode == ExtendedJsonMode.Relaxed;
    }

    /// <summary>Writes one value and flushes it to <paramref name="output"/>.</summary>
    /// <exception cref="BsonEncodeException">The value nests deeper than <see cref="MaxDepth"/>.</exception>
    public static void Write(System.Buffers.IBufferWriter<byte> output, BsonValue value, ExtendedJsonMode mode)
    {
        // Validation is skipped because the visitor always emits well-formed structure; MaxDepth is raised so
        // that this class's own depth check, with its BSON-level message, is the one that fires.
        var options = new JsonWriterOptions { Encoder = Encoder, SkipValidation = true, MaxDepth = (MaxDepth * 2) + 8 };
        using var json = new Utf8JsonWriter(output, options);
        value.Accept(new ExtendedJsonWriter(json, mode));
        json.Flush();
    }

    public void Visit(BsonDocument value)
    {
        Enter();
        _json.WriteStartObject();
        foreach (var element in value.AsSpan())
        {
            _json.WritePropertyName(element.Name);
            element.Value.Accept(this);
        }

        _json.WriteEndObject();
        _depth--;
    }

    public void Visit(BsonArray value)
    {
        Enter();
        _json.WriteStartArray();
        foreach (var item in value.AsSpan())
        {
            item.Accept(this);
        }

        _json.WriteEndArray();
        _depth--;
    }

    public void Visit(BsonDouble value)
    {
        var number = value.Value;
        if (_relaxed && double.IsFinite(number))
        {
            Span<byte> text = stackalloc byte[ExtendedJsonText.MaxDoubleLength];
            var length = ExtendedJsonText.FormatDouble(number, text);
            _json.WriteRawValue(text[..length], skipInputValidation: true);
            return;
        }

        _json.WriteStartObject();
        if (double.IsNaN(number))
        {
            _json.WriteString(NumberDouble, "NaN"u8);
        }
        else if (double.IsInfinity(number))
        {
            _json.WriteString(NumberDouble, number > 0 ? "Infinity"u8 : "-Infinity"u8);
        }
        else
        {
            Span<byte> text = stackalloc byte[ExtendedJsonText.MaxDoubleLength];
            var length = ExtendedJsonText.FormatDouble(number, text);
            _json.WriteString(NumberDouble, text[..length]);
        }

        _json.WriteEndObject();
    }

    public void Visit(BsonString value) => _json.WriteStringValue(value.Value);

    public void Visit(BsonBinary value)
    {
        // Two lowercase hex digits for the subtype: the spec allows one or two and asks for lower case.
        Span<byte> subtype = stackalloc byte[2];
        ((byte)value.Subtype).TryFormat(subtype, out _, "x2", CultureInfo.InvariantCulture);
        _json.WriteStartObject();
        _json.WriteStartObject(Binary);
        _json.WriteBase64String(Base64, value.Data);
        _json.WriteString(SubType, subtype);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void Visit(BsonUndefined value)
    {
        _json.WriteStartObject();
        _json.WriteBoolean(Undefined, true);
        _json.WriteEndObject();
    }

    public void Visit(BsonObjectId value)
    {
        _json.WriteStartObject();
        WriteObjectId(value.Value);
        _json.WriteEndObject();
    }

    public void Visit(BsonBoolean value) => _json.WriteBooleanValue(value.Value);

    public void Visit(BsonDateTime value)
    {
        var milliseconds = value.MillisecondsSinceEpoch;
        _json.WriteStartObject();
        if (_relaxed && ExtendedJsonText.IsRelaxedDate(milliseconds))
        {
            Span<byte> text = stackalloc byte[ExtendedJsonText.MaxIsoDateLength];
            var length = ExtendedJsonText.FormatIsoDate(milliseconds, text);
            _json.WriteString(Date, text[..length]);
        }
        else
        {
            _json.WriteStartObject(Date);
            WriteInteger(NumberLong, milliseconds);
            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    public void Visit(BsonNull value) => _json.WriteNullValue();

    public void Visit(BsonRegularExpression value)
    {
        // Options sorted: BSON stores them in alphabetical order and the corpus expects "imx" for "mix".
        _json.WriteStartObject();
        _json.WriteStartObject(RegularExpression);
        _json.WriteString(Pattern, value.Pattern);
        _json.WriteString(Options, value.SortedOptions);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void Visit(BsonDbPointer value)
    {
        _json.WriteStartObject();
        _json.WriteStartObject(DbPointer);
        _json.WriteString(Ref, value.Namespace);
        _json.WriteStartObject(Id);
        WriteObjectId(value.Id);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void Visit(BsonJavaScript value)
    {
        _json.WriteStartObject();
        _json.WriteString(Code, value.Code);
        _json.WriteEndObject();
    }

    public void Visit(BsonSymbol value)
    {
        _json.WriteStartObject();
        _json.WriteString(Symbol, value.Name);
        _json.WriteEndObject();
    }

    public void Visit(BsonJavaScriptWithScope value)
    {
        _json.WriteStartObject();
        _json.WriteString(Code, value.Code);
        _json.WritePropertyName(Scope);
        Visit(value.Scope);
        _json.WriteEndObject();
    }

    public void Visit(BsonInt32 value)
    {
        if (_relaxed)
        {
            _json.WriteNumberValue(value.Value);
        }
        else
        {
            _json.WriteStartObject();
            WriteInteger(NumberInt, value.Value);
            _json.WriteEndObject();
        }
    }

    public void Visit(BsonTimestamp value)
    {
        _json.WriteStartObject();
        _json.WriteStartObject(Timestamp);
        _json.WriteNumber(T, value.Timestamp);
        _json.WriteNumber(I, value.Increment);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void Visit(BsonInt64 value)
    {
        if (_relaxed)
        {
            _json.WriteNumberValue(value.Value);
        }
        else
        {
            _json.WriteStartObject();
            WriteInteger(NumberLong, value.Value);
            _json.WriteEndObject();
        }
    }

    public void Visit(BsonDecimal128 value)
    {
        _json.WriteStartObject();
        _json.WriteString(NumberDecimal, value.Value.ToString());
        _json.WriteEndObject();
    }

    public void Visit(BsonMinKey value)
    {
        _json.WriteStartObject();
        _json.WriteNumber(MinKey, 1);
        _json.WriteEndObject();
    }

    public void Visit(BsonMaxKey value)
    {
        _json.WriteStartObject();
        _json.WriteNumber(MaxKey, 1);
        _json.WriteEndObject();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, Encoder);

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new BsonEncodeException($"Cannot write Extended JSON: the value nests deeper than {MaxDepth} documents or arrays.");
        }
    }

    private void WriteObjectId(ObjectId id)
    {
        Span<byte> bytes = stackalloc byte[ObjectId.Size];
        Span<byte> hex = stackalloc byte[ObjectId.Size * 2];
        id.WriteTo(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i].TryFormat(hex[(i * 2)..], out _, "x2", CultureInfo.InvariantCulture);
        }

        _json.WriteString(Oid, hex);
    }

    private void WriteInteger(JsonEncodedText name, long value)
    {
        Span<byte> text = stackalloc byte[20];
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        _json.WriteString(name, text[..length]);
    }
}
