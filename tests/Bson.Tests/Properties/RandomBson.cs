using System.Buffers.Binary;

namespace Serverless.Bson.Tests.Properties;

/// <summary>
/// Seeded random documents over all 21 BSON value kinds, aimed at the edges: every binary subtype (valid UUID
/// and vector payloads), the whole int64 datetime range, decimal and double specials, non-ASCII text with
/// surrogate pairs and embedded NULs (values only, never names), duplicate names, nesting to depth 8.
/// </summary>
/// <remarks>
/// Extended JSON cannot carry every bit pattern: it writes any double NaN as "NaN" and any decimal NaN as "NaN",
/// and prints non-canonical decimal encodings as zero. With <c>bitExact: false</c> the generator keeps to values
/// whose text form is exact, so the JSON round trip can be compared byte for byte; with <c>bitExact: true</c> it
/// also makes NaN payloads, negative and signalling NaNs, and non-canonical decimals, for the binary codec alone.
/// Names never start with '$', since Extended JSON reads such keys as type wrappers.
/// </remarks>
internal sealed class RandomBson
{
    public const int MaxDepth = 8;

    private static readonly string[] NamePool = ["a", "b", "_id", "x.y", "a$b", "", "\u00e9", "\U0001F600", "0", "1", "name"];

    private static readonly BsonBinarySubtype[] Subtypes =
    [
        BsonBinarySubtype.Generic, BsonBinarySubtype.Function, BsonBinarySubtype.OldBinary, BsonBinarySubtype.OldUuid,
        BsonBinarySubtype.Uuid, BsonBinarySubtype.Md5, BsonBinarySubtype.Encrypted, BsonBinarySubtype.Column,
        BsonBinarySubtype.Sensitive, BsonBinarySubtype.Vector, BsonBinarySubtype.UserDefined,
    ];

    private static readonly UInt128 MaxCoefficient = UInt128.Parse("9999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    private readonly Random _random;
    private readonly bool _bitExact;
    private readonly Func<int, BsonValue>[] _kinds;

    public RandomBson(int seed, bool bitExact)
    {
        _random = new Random(seed);
        _bitExact = bitExact;

        // One generator per BSON kind; containers take the depth they are created at.
        _kinds =
        [
            _ => new BsonDouble(Double()),
            _ => new BsonString(Text(allowNul: true)),
            depth => Document(depth + 1),
            depth => Array(depth + 1),
            _ => Binary(),
            _ => BsonUndefined.Value,
            _ => new BsonObjectId(ObjectId()),
            _ => BsonBoolean.Create(_random.Next(2) == 0),
            _ => new BsonDateTime(DateTime()),
            _ => BsonNull.Value,
            _ => new BsonRegularExpression(Text(allowNul: false), RegexOptions()),
            _ => new BsonDbPointer(Text(allowNul: true), ObjectId()),
            _ => new BsonJavaScript(Text(allowNul: true)),
            _ => new BsonSymbol(Text(allowNul: true)),
            depth => new BsonJavaScriptWithScope(Text(allowNul: true), Document(depth + 1)),
            _ => BsonInt32.Create(Int32()),
            _ => new BsonTimestamp(UInt32(), UInt32()),
            _ => new BsonInt64(Int64()),
            _ => new BsonDecimal128(Decimal()),
            _ => BsonMinKey.Value,
            _ => BsonMaxKey.Value,
        ];
    }

    /// <summary>Number of value kinds the generator draws from: every BSON type.</summary>
    public int KindCount => _kinds.Length;

    public BsonDocument Document(int depth = 1)
    {
        var count = depth == 1 ? _random.Next(0, 12) : _random.Next(0, 6);
        var elements = new List<BsonElement>(count + 1);
        for (var i = 0; i < count; i++)
        {
            elements.Add(new BsonElement(Name(), Value(depth)));
        }

        // A spine: sometimes one more container, so that depth 8 is actually reached now and then.
        if (depth < MaxDepth && _random.Next(10) < 4)
        {
            elements.Insert(_random.Next(elements.Count + 1), new BsonElement(Name(), Container(depth)));
        }

        return new BsonDocument(elements);
    }

    private BsonArray Array(int depth)
    {
        var count = _random.Next(0, 6);
        var items = new BsonValue[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Value(depth);
        }

        return new BsonArray(items);
    }

    private BsonValue Value(int depth)
    {
        while (true)
        {
            var kind = _random.Next(_kinds.Length);
            if (depth < MaxDepth || kind is not (2 or 3 or 14))
            {
                return _kinds[kind](depth);
            }
        }
    }

    private BsonValue Container(int depth) => _random.Next(3) switch
    {
        0 => Document(depth + 1),
        1 => Array(depth + 1),
        _ => new BsonJavaScriptWithScope(Text(allowNul: false), Document(depth + 1)),
    };

    private string Name()
    {
        if (_random.Next(3) == 0)
        {
            return NamePool[_random.Next(NamePool.Length)]; // small pool: duplicate names happen
        }

        var name = Text(allowNul: false);
        return name.StartsWith('$') ? "_" + name : name;
    }

    private string Text(bool allowNul)
    {
        var length = _random.Next(8) == 0 ? _random.Next(40, 120) : _random.Next(0, 10);
        var builder = new System.Text.StringBuilder(length * 2);
        for (var i = 0; i < length; i++)
        {
            switch (_random.Next(10))
            {
                case 0:
                    if (allowNul)
                    {
                        builder.Append('\0');
                    }

                    break;
                case 1:
                    builder.Append((char)_random.Next(0x01, 0x20)); // control characters JSON must escape
                    break;
                case 2:
                    builder.Append("\"\\/'<>&"[_random.Next(7)]);
                    break;
                case 3:
                    builder.Append((char)_random.Next(0x80, 0x800)); // two UTF-8 bytes
                    break;
                case 4:
                    builder.Append((char)_random.Next(0x800, 0xD800)); // three bytes, below the surrogates
                    break;
                case 5:
                    builder.Append((char)_random.Next(0xE000, 0x10000)); // three bytes, above them (incl. U+FFFF)
                    break;
                case 6:
                    builder.Append(char.ConvertFromUtf32(_random.Next(0x10000, 0x110000))); // surrogate pair
                    break;
                default:
                    builder.Append((char)_random.Next(0x20, 0x7F));
                    break;
            }
        }

        return builder.ToString();
    }

    private string RegexOptions()
    {
        var options = "ilmsux".Where(_ => _random.Next(2) == 0).ToArray();
        _random.Shuffle(options); // the codec must write them sorted
        return new string(options);
    }

    private BsonBinary Binary()
    {
        var subtype = _random.Next(12) switch
        {
            11 => (BsonBinarySubtype)_random.Next(0x80, 0x100),
            var i when i < Subtypes.Length => Subtypes[i],
            _ => (BsonBinarySubtype)_random.Next(0x0A, 0x80), // reserved, but any byte is legal on the wire
        };

        return subtype switch
        {
            BsonBinarySubtype.Uuid => BsonBinary.FromGuid(new Guid(Bytes(16))),
            BsonBinarySubtype.OldUuid or BsonBinarySubtype.Md5 => new BsonBinary(Bytes(16), subtype),
            BsonBinarySubtype.Vector => Vector().ToBinary(),
            _ => new BsonBinary(Bytes(_random.Next(0, 40)), subtype),
        };
    }

    private BsonVector Vector()
    {
        var count = _random.Next(0, 8);
        switch (_random.Next(3))
        {
            case 0:
                var int8 = new sbyte[count];
                _random.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(int8.AsSpan()));
                return BsonVector.FromInt8(int8);
            case 1:
                var floats = new float[count];
                for (var i = 0; i < count; i++)
                {
                    floats[i] = _random.Next(4) == 0 ? float.NegativeZero : (float)((_random.NextDouble() - 0.5) * 1e6);
                }

                return BsonVector.FromFloat32(floats);
            default:
                var bits = Bytes(count);
                var padding = count == 0 ? 0 : _random.Next(8);
                if (count > 0)
                {
                    bits[^1] &= (byte)(0xFF << padding); // padding bits must be zero
                }

                return BsonVector.FromPackedBits(bits, padding);
        }
    }

    private double Double()
    {
        switch (_random.Next(14))
        {
            case 0: return 0.0;
            case 1: return -0.0;
            case 2: return double.NaN;
            case 3: return _random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity;
            case 4: return _random.Next(2) == 0 ? double.Epsilon : -double.Epsilon;
            case 5: return BitConverter.Int64BitsToDouble(_random.NextInt64(1, 1L << 52) | (_random.Next(2) == 0 ? long.MinValue : 0)); // subnormal
            case 6: return _random.Next(2) == 0 ? double.MaxValue : double.MinValue;
            case 7: return _random.Next(-1000, 1000) / 8.0;
            case 8: return 0.1 * _random.Next(-100, 100);
            case 9 when _bitExact: return BitConverter.Int64BitsToDouble(_random.NextInt64() | 0x7FF0_0000_0000_0001); // NaN payload, either sign
            default:
                while (true)
                {
                    var value = BitConverter.Int64BitsToDouble(_random.NextInt64(long.MinValue, long.MaxValue));
                    if (double.IsFinite(value))
                    {
                        return value;
                    }
                }
        }
    }

    private Decimal128 Decimal()
    {
        switch (_random.Next(12))
        {
            case 0: return Decimal128.NaN;
            case 1: return Decimal128.PositiveInfinity;
            case 2: return Decimal128.NegativeInfinity;
            case 3: return Canonical(_random.Next(2) == 0, UInt128.Zero, _random.Next(-6176, 6112)); // ±0 with any exponent
            case 4: return Canonical(_random.Next(2) == 0, MaxCoefficient, _random.Next(2) == 0 ? 6111 : -6176);
            case 5: return Canonical(false, UInt128.One, _random.Next(2) == 0 ? 6111 : -6176);
            case 6: return Decimal128.FromInt64(_random.NextInt64(long.MinValue, long.MaxValue));
            case 7 when _bitExact: return new Decimal128((ulong)_random.NextInt64(long.MinValue, long.MaxValue), (ulong)_random.NextInt64(long.MinValue, long.MaxValue)); // any bits at all
            case 8 when _bitExact: return new Decimal128(0xFE00_0000_0000_0000UL | ((ulong)_random.Next() << 10), (ulong)_random.NextInt64()); // negative signalling NaN with payload
            default:
                var coefficient = new UInt128((ulong)_random.NextInt64(0, 0x1_ED09_BEAD_87C0L), (ulong)_random.NextInt64(long.MinValue, long.MaxValue));
                coefficient %= MaxCoefficient + 1;
                var exponent = _random.Next(3) == 0 ? _random.Next(-6176, 6112) : _random.Next(-40, 20);
                return Canonical(_random.Next(2) == 0, coefficient, exponent);
        }
    }

    private static Decimal128 Canonical(bool negative, UInt128 coefficient, int exponent)
    {
        // IEEE 754-2008 BID, small-coefficient form: sign, 14-bit biased exponent, 113-bit coefficient.
        var high = (negative ? 1UL << 63 : 0) | ((ulong)(exponent + 6176) << 49) | (ulong)(coefficient >> 64);
        return new Decimal128(high, (ulong)coefficient);
    }

    private long DateTime() => _random.Next(6) switch
    {
        0 => long.MinValue,
        1 => long.MaxValue,
        2 => _random.NextInt64(-62_135_596_800_000, 253_402_300_800_000), // years 1 to 9999
        3 => _random.NextInt64(-1000, 1000),
        _ => _random.NextInt64(long.MinValue, long.MaxValue),
    };

    private int Int32() => _random.Next(4) switch
    {
        0 => int.MinValue + _random.Next(2),
        1 => int.MaxValue - _random.Next(2),
        2 => _random.Next(-300, 300),
        _ => (int)UInt32(),
    };

    private long Int64() => _random.Next(4) switch
    {
        0 => long.MinValue + _random.Next(2),
        1 => long.MaxValue - _random.Next(2),
        2 => (1L << 53) + _random.Next(-2, 3),
        _ => _random.NextInt64(long.MinValue, long.MaxValue),
    };

    private uint UInt32() => _random.Next(5) switch
    {
        0 => 0,
        1 => uint.MaxValue,
        _ => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4)),
    };

    private ObjectId ObjectId() => new(Bytes(Serverless.Bson.ObjectId.Size));

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }
}
