using System.Buffers.Binary;

namespace Serverless.Bson.Tests.Properties;

/// <summary>
/// Damages valid BSON the ways real corruption and hostile senders do: bit flips, byte overwrites,
/// truncation, inserted and deleted bytes, copied slices, and above all tampered length fields, which are
/// found by walking the valid document first so that they can be hit on purpose rather than by luck.
/// </summary>
internal static class BsonMutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x0F, 0x10, 0x13, 0x7F, 0x80, 0xFE, 0xFF];

    private static readonly int[] InterestingLengths = [0, 1, 3, 4, 5, 13, -1, -5, int.MinValue, int.MaxValue, int.MaxValue - 3, 0x7FFF_FFF0, 0x0100_0000, 0x4000_0000];

    /// <summary>A mutated copy of valid BSON and a short description of what was done, for failure messages.</summary>
    public static (byte[] Bytes, string Description) Mutate(byte[] valid, Random random)
    {
        var bytes = new List<byte>(valid);
        var steps = MutateSome(bytes, LengthFieldOffsets(valid), random);

        // Usually repair the outer length, or the decoder would reject nearly everything at offset 0.
        if (bytes.Count >= 4 && random.Next(4) != 0)
        {
            WriteInt32(bytes, 0, bytes.Count);
            steps.Add("outer length fixed");
        }

        return (bytes.ToArray(), string.Join("; ", steps));
    }

    /// <summary>The same damage to bytes of any other format (no BSON structure is assumed or repaired).</summary>
    public static (byte[] Bytes, string Description) MutateBytes(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var steps = MutateSome(bytes, [], random);
        return (bytes.ToArray(), string.Join("; ", steps));
    }

    private static List<string> MutateSome(List<byte> bytes, List<int> lengthFields, Random random)
    {
        var steps = new List<string>();
        for (var n = 1 + random.Next(3); n > 0; n--)
        {
            steps.Add(MutateOnce(bytes, lengthFields, random));
        }

        return steps;
    }

    private static string MutateOnce(List<byte> bytes, List<int> lengthFields, Random random)
    {
        if (bytes.Count == 0)
        {
            bytes.Add((byte)random.Next(256));
            return "added a byte to nothing";
        }

        var at = random.Next(bytes.Count);
        switch (random.Next(8))
        {
            case 0:
                var bit = random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                return $"flipped bit {bit} at {at}";
            case 1:
                var value = random.Next(2) == 0 ? InterestingBytes[random.Next(InterestingBytes.Length)] : (byte)random.Next(256);
                bytes[at] = value;
                return $"byte {at} = 0x{value:X2}";
            case 2:
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncated to {at}";
            case 3:
                var inserted = new byte[random.Next(1, 9)];
                random.NextBytes(inserted);
                bytes.InsertRange(at, inserted);
                return $"inserted {Convert.ToHexString(inserted)} at {at}";
            case 4:
                var removed = Math.Min(random.Next(1, 9), bytes.Count - at);
                bytes.RemoveRange(at, removed);
                return $"deleted {removed} at {at}";
            case 5:
                var length = Math.Min(random.Next(1, 64), bytes.Count - at);
                var slice = bytes.GetRange(at, length);
                var to = random.Next(bytes.Count + 1);
                bytes.InsertRange(to, slice);
                return $"copied {length} from {at} to {to}";
            default:
                // Length tampering, twice as likely as the rest: the hostile case for allocation and bounds.
                var field = lengthFields.Count > 0 && random.Next(4) != 0 ? lengthFields[random.Next(lengthFields.Count)] : at;
                if (field + 4 > bytes.Count)
                {
                    return "length tamper out of range";
                }

                var original = BinaryPrimitives.ReadInt32LittleEndian(bytes.GetRange(field, 4).ToArray());
                var replacement = random.Next(3) switch
                {
                    0 => InterestingLengths[random.Next(InterestingLengths.Length)],
                    1 => original + random.Next(-8, 9),
                    _ => random.Next(int.MinValue, int.MaxValue),
                };
                WriteInt32(bytes, field, replacement);
                return $"length at {field}: {original} -> {replacement}";
        }
    }

    private static void WriteInt32(List<byte> bytes, int at, int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        for (var i = 0; i < 4; i++)
        {
            bytes[at + i] = buffer[i];
        }
    }

    /// <summary>Offsets of every int32 length in a valid document: documents, strings, binaries, code with scope.</summary>
    public static List<int> LengthFieldOffsets(byte[] document)
    {
        var offsets = new List<int>();
        WalkDocument(document, 0, offsets);
        return offsets;
    }

    private static int WalkDocument(byte[] bson, int start, List<int> offsets)
    {
        offsets.Add(start);
        var position = start + 4;
        while (bson[position] != 0)
        {
            var type = bson[position++];
            position = Array.IndexOf(bson, (byte)0, position) + 1; // skip the name
            position = WalkValue(bson, type, position, offsets);
        }

        return position + 1;
    }

    private static int WalkValue(byte[] bson, byte type, int position, List<int> offsets)
    {
        int Int32At(int at) => BinaryPrimitives.ReadInt32LittleEndian(bson.AsSpan(at));

        switch (type)
        {
            case 0x02 or 0x0D or 0x0E: // string, code, symbol
                offsets.Add(position);
                return position + 4 + Int32At(position);
            case 0x03 or 0x04:
                return WalkDocument(bson, position, offsets);
            case 0x05:
                offsets.Add(position);
                if (bson[position + 4] == 0x02)
                {
                    offsets.Add(position + 5); // old binary's inner length
                }

                return position + 5 + Int32At(position);
            case 0x0B:
                position = Array.IndexOf(bson, (byte)0, position) + 1;
                return Array.IndexOf(bson, (byte)0, position) + 1;
            case 0x0C:
                offsets.Add(position);
                return position + 4 + Int32At(position) + 12;
            case 0x0F:
                offsets.Add(position);
                offsets.Add(position + 4);
                return WalkDocument(bson, position + 8 + Int32At(position + 4), offsets);
            case 0x01 or 0x09 or 0x11 or 0x12:
                return position + 8;
            case 0x07:
                return position + 12;
            case 0x08:
                return position + 1;
            case 0x10:
                return position + 4;
            case 0x13:
                return position + 16;
            default: // undefined, null, min key, max key
                return position;
        }
    }
}
