using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text.Unicode;

namespace Serverless.Bson;

/// <summary>
/// Writes the value model as BSON (bsonspec.org, "Specification Version 1.1"). A visitor: each value kind
/// writes its own payload; the element header (type byte and name) is written by the enclosing container.
/// Rejects what BSON cannot represent: NUL in field names and regex parts (cstrings), unpaired surrogates.
/// </summary>
internal sealed class BsonEncoder : IBsonVisitor
{
    private readonly PooledBuffer _output;

    public BsonEncoder(PooledBuffer output) => _output = output;

    public void WriteDocument(BsonDocument document) => Visit(document);

    public void Visit(BsonDocument value)
    {
        var start = BeginLength();
        foreach (var element in value.AsSpan())
        {
            _output.AppendByte((byte)element.Value.Type);
            WriteCString(element.Name, "field name");
            element.Value.Accept(this);
        }

        _output.AppendByte(0);
        EndLength(start);
    }

    public void Visit(BsonArray value)
    {
        var start = BeginLength();
        var items = value.AsSpan();
        Span<byte> key = stackalloc byte[11];
        for (var i = 0; i < items.Length; i++)
        {
            _output.AppendByte((byte)items[i].Type);
            i.TryFormat(key, out var written, default, CultureInfo.InvariantCulture);
            _output.Append(key[..written]);
            _output.AppendByte(0);
            items[i].Accept(this);
        }

        _output.AppendByte(0);
        EndLength(start);
    }

    public void Visit(BsonDouble value) => BinaryPrimitives.WriteInt64LittleEndian(_output.Reserve(8), BitConverter.DoubleToInt64Bits(value.Value));

    public void Visit(BsonString value) => WriteString(value.Value);

    public void Visit(BsonBinary value)
    {
        var data = value.Data;
        var oldBinary = value.Subtype == BsonBinarySubtype.OldBinary;
        var length = oldBinary ? data.Length + 4 : data.Length;
        BinaryPrimitives.WriteInt32LittleEndian(_output.Reserve(4), length);
        _output.AppendByte((byte)value.Subtype);
        if (oldBinary)
        {
            // Subtype 2 carries its payload length again inside the payload (bsonspec.org, "binary").
            BinaryPrimitives.WriteInt32LittleEndian(_output.Reserve(4), data.Length);
        }

        _output.Append(data);
    }

    public void Visit(BsonUndefined value)
    {
    }

    public void Visit(BsonObjectId value) => value.Value.WriteTo(_output.Reserve(ObjectId.Size));

    public void Visit(BsonBoolean value) => _output.AppendByte(value.Value ? (byte)1 : (byte)0);

    public void Visit(BsonDateTime value) => BinaryPrimitives.WriteInt64LittleEndian(_output.Reserve(8), value.MillisecondsSinceEpoch);

    public void Visit(BsonNull value)
    {
    }

    public void Visit(BsonRegularExpression value)
    {
        WriteCString(value.Pattern, "regular expression pattern");
        WriteCString(value.SortedOptions, "regular expression options");
    }

    public void Visit(BsonDbPointer value)
    {
        WriteString(value.Namespace);
        value.Id.WriteTo(_output.Reserve(ObjectId.Size));
    }

    public void Visit(BsonJavaScript value) => WriteString(value.Code);

    public void Visit(BsonSymbol value) => WriteString(value.Name);

    public void Visit(BsonJavaScriptWithScope value)
    {
        var start = BeginLength();
        WriteString(value.Code);
        Visit(value.Scope);
        EndLength(start);
    }

    public void Visit(BsonInt32 value) => BinaryPrimitives.WriteInt32LittleEndian(_output.Reserve(4), value.Value);

    public void Visit(BsonTimestamp value) => BinaryPrimitives.WriteUInt64LittleEndian(_output.Reserve(8), value.Value);

    public void Visit(BsonInt64 value) => BinaryPrimitives.WriteInt64LittleEndian(_output.Reserve(8), value.Value);

    public void Visit(BsonDecimal128 value)
    {
        var span = _output.Reserve(16);
        BinaryPrimitives.WriteUInt64LittleEndian(span, value.Value.Low);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], value.Value.High);
    }

    public void Visit(BsonMinKey value)
    {
    }

    public void Visit(BsonMaxKey value)
    {
    }

    private int BeginLength()
    {
        var start = _output.Length;
        _output.Reserve(4);
        return start;
    }

    private void EndLength(int start) => BinaryPrimitives.WriteInt32LittleEndian(_output.At(start, 4), _output.Length - start);

    private void WriteString(string value)
    {
        var lengthAt = _output.Length;
        _output.Reserve(4);
        var written = WriteUtf8(value, "string");
        _output.AppendByte(0);
        BinaryPrimitives.WriteInt32LittleEndian(_output.At(lengthAt, 4), written + 1);
    }

    private void WriteCString(string value, string what)
    {
        var start = _output.Length;
        var written = WriteUtf8(value, what);
        if (_output.WrittenSpan.Slice(start, written).Contains((byte)0))
        {
            throw new BsonEncodeException($"BSON cannot encode a {what} containing a NUL character: \"{value.Replace("\0", "\\0", StringComparison.Ordinal)}\"");
        }

        _output.AppendByte(0);
    }

    private int WriteUtf8(string value, string what)
    {
        // At most 3 UTF-8 bytes per UTF-16 code unit.
        var span = _output.GetSpan(value.Length * 3);
        var status = Utf8.FromUtf16(value, span, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            throw new BsonEncodeException($"BSON cannot encode a {what} holding an unpaired UTF-16 surrogate");
        }

        _output.Advance(written);
        return written;
    }
}
