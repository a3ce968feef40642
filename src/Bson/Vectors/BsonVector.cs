using System.Buffers.Binary;

namespace Serverless.Bson;

/// <summary>
/// A dense numeric vector stored as binary subtype 9 (BSON Binary Subtype 9 spec): one dtype byte, one
/// padding byte, then the packed elements. Every way in validates, so an instance is always encodable.
/// </summary>
public sealed class BsonVector
{
    private const int HeaderSize = 2;
    private readonly byte[] _elements;

    private BsonVector(BsonVectorDataType dataType, byte padding, byte[] elements)
    {
        DataType = dataType;
        Padding = padding;
        _elements = elements;
    }

    public BsonVectorDataType DataType { get; }

    /// <summary>Unused low-order bits in the last byte; only PACKED_BIT vectors may have any.</summary>
    public byte Padding { get; }

    /// <summary>Number of elements (bits, for PACKED_BIT).</summary>
    public int Count => DataType switch
    {
        BsonVectorDataType.Float32 => _elements.Length / sizeof(float),
        BsonVectorDataType.PackedBit => (_elements.Length * 8) - Padding,
        _ => _elements.Length,
    };

    public static BsonVector FromInt8(ReadOnlySpan<sbyte> values) =>
        new(BsonVectorDataType.Int8, 0, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).ToArray());

    public static BsonVector FromFloat32(ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return new BsonVector(BsonVectorDataType.Float32, 0, bytes);
    }

    /// <exception cref="BsonException">Padding outside 0–7, padding without data, or non-zero padding bits.</exception>
    public static BsonVector FromPackedBits(ReadOnlySpan<byte> bits, int padding)
    {
        ValidatePackedBits(bits, padding);
        return new BsonVector(BsonVectorDataType.PackedBit, (byte)padding, bits.ToArray());
    }

    /// <summary>
    /// Builds a vector from plain numbers, as they arrive in JSON: each must be exactly representable in the
    /// dtype (integers in −128..127 for INT8, in 0..255 for PACKED_BIT bytes).
    /// </summary>
    /// <exception cref="BsonException">A value or the padding does not fit the dtype.</exception>
    public static BsonVector Create(BsonVectorDataType dataType, ReadOnlySpan<double> values, int padding = 0)
    {
        switch (dataType)
        {
            case BsonVectorDataType.Int8:
                RequireNoPadding(dataType, padding);
                var int8 = new sbyte[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    int8[i] = (sbyte)RequireInteger(values[i], sbyte.MinValue, sbyte.MaxValue, dataType, i);
                }

                return FromInt8(int8);
            case BsonVectorDataType.Float32:
                RequireNoPadding(dataType, padding);
                var floats = new float[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    floats[i] = (float)values[i];
                }

                return FromFloat32(floats);
            case BsonVectorDataType.PackedBit:
                var bytes = new byte[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    bytes[i] = (byte)RequireInteger(values[i], byte.MinValue, byte.MaxValue, dataType, i);
                }

                return FromPackedBits(bytes, padding);
            default:
                throw new BsonException($"unknown vector dtype 0x{(byte)dataType:X2}");
        }
    }

    /// <summary>Reads a vector out of a subtype 9 binary, validating header, padding and length.</summary>
    /// <exception cref="BsonException">Not a subtype 9 binary, or its payload breaks a vector rule.</exception>
    public static BsonVector FromBinary(BsonBinary binary)
    {
        ArgumentNullException.ThrowIfNull(binary);
        if (binary.Subtype != BsonBinarySubtype.Vector)
        {
            throw new BsonException($"binary subtype 0x{(byte)binary.Subtype:X2} is not a vector (0x09)");
        }

        var data = binary.Data;
        if (data.Length < HeaderSize)
        {
            throw new BsonException($"a vector needs a {HeaderSize}-byte header, got {data.Length} bytes");
        }

        var dataType = (BsonVectorDataType)data[0];
        var padding = data[1];
        var elements = data[HeaderSize..];
        switch (dataType)
        {
            case BsonVectorDataType.Int8:
                RequireNoPadding(dataType, padding);
                break;
            case BsonVectorDataType.Float32:
                RequireNoPadding(dataType, padding);
                if (elements.Length % sizeof(float) != 0)
                {
                    throw new BsonException($"FLOAT32 vector data of {elements.Length} bytes is not a multiple of 4");
                }

                break;
            case BsonVectorDataType.PackedBit:
                ValidatePackedBits(elements, padding);
                break;
            default:
                throw new BsonException($"unknown vector dtype 0x{data[0]:X2}");
        }

        return new BsonVector(dataType, padding, elements.ToArray());
    }

    public BsonBinary ToBinary()
    {
        var payload = new byte[HeaderSize + _elements.Length];
        payload[0] = (byte)DataType;
        payload[1] = Padding;
        _elements.CopyTo(payload, HeaderSize);
        return BsonBinary.FromOwnedArray(payload, BsonBinarySubtype.Vector);
    }

    /// <exception cref="InvalidOperationException">The vector is not INT8.</exception>
    public sbyte[] ToInt8Array()
    {
        RequireType(BsonVectorDataType.Int8);
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(_elements).ToArray();
    }

    /// <exception cref="InvalidOperationException">The vector is not FLOAT32.</exception>
    public float[] ToFloat32Array()
    {
        RequireType(BsonVectorDataType.Float32);
        var values = new float[_elements.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(_elements.AsSpan(i * sizeof(float)));
        }

        return values;
    }

    /// <summary>The packed bytes; <see cref="Padding"/> says how many low bits of the last one are unused.</summary>
    /// <exception cref="InvalidOperationException">The vector is not PACKED_BIT.</exception>
    public byte[] ToPackedBits()
    {
        RequireType(BsonVectorDataType.PackedBit);
        return (byte[])_elements.Clone();
    }

    private static void ValidatePackedBits(ReadOnlySpan<byte> bits, int padding)
    {
        if (padding is < 0 or > 7)
        {
            throw new BsonException($"PACKED_BIT padding must be 0–7, not {padding}");
        }

        if (bits.IsEmpty && padding != 0)
        {
            throw new BsonException("an empty PACKED_BIT vector cannot have padding");
        }

        // The spec says implementations SHOULD check the ignored bits are zero, on encode and decode
        // (BSON Binary Subtype 9, "PACKED_BIT"): otherwise two equal vectors could have different bytes.
        if (padding > 0 && (bits[^1] & ((1 << padding) - 1)) != 0)
        {
            throw new BsonException($"the {padding} padding bits of the last PACKED_BIT byte must be zero");
        }
    }

    private static void RequireNoPadding(BsonVectorDataType dataType, int padding)
    {
        if (padding != 0)
        {
            throw new BsonException($"{dataType} vectors cannot have padding (got {padding})");
        }
    }

    private static int RequireInteger(double value, int min, int max, BsonVectorDataType dataType, int index)
    {
        if (value != Math.Floor(value) || value < min || value > max)
        {
            throw new BsonException($"{dataType} vector element {index} ({value}) is not an integer in {min}..{max}");
        }

        return (int)value;
    }

    private void RequireType(BsonVectorDataType expected)
    {
        if (DataType != expected)
        {
            throw new InvalidOperationException($"the vector holds {DataType}, not {expected}");
        }
    }
}
