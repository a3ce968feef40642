using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>
/// Interns names during one parse so each distinct field, type or argument name becomes one string, however
/// often it occurs. Names are ASCII (§2.1.9), so bytes compare directly with chars.
/// </summary>
internal sealed class NameTable
{
    private string?[] _entries;
    private int[] _hashes;
    private int _count;

    /// <summary>
    /// Starts at a size in proportion to the source (a name takes at least two bytes with its separator, and most
    /// repeat), from 32 up to 512 slots, so a small request document does not pay for a schema-sized table.
    /// </summary>
    public NameTable(int sourceLength)
    {
        _entries = new string?[InitialSize(sourceLength)];
        _hashes = new int[_entries.Length];
    }

    /// <summary>
    /// Empties the table for another parse of <paramref name="sourceLength"/> bytes. The slots are kept (cleared)
    /// while clearing them costs little beside parsing that source, at most half a slot per byte; a table grown by
    /// a large document is replaced by a fresh small one before a small document, so it is not cleared every time.
    /// </summary>
    public void Reset(int sourceLength)
    {
        var size = InitialSize(sourceLength);
        if (_entries.Length < size || _entries.Length > Math.Max(size, sourceLength / 2))
        {
            _entries = new string?[size];
            _hashes = new int[size];
        }
        else if (_count != 0)
        {
            Array.Clear(_entries);
        }

        _count = 0;
    }

    private static int InitialSize(int sourceLength) =>
        (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(sourceLength / 8, 32, 512));

    public string Get(ReadOnlySpan<byte> name)
    {
        var hash = Hash(name);
        var mask = _entries.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var entry = _entries[index];
            if (entry is null)
            {
                var created = Encoding.ASCII.GetString(name);
                _entries[index] = created;
                _hashes[index] = hash;
                if (++_count * 2 > _entries.Length)
                {
                    Grow();
                }

                return created;
            }

            if (_hashes[index] == hash && Ascii.Equals(name, entry))
            {
                return entry;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>
    /// A multiplicative hash over eight bytes at a time: names average about ten bytes, so this is one or two
    /// multiplications where a byte-wise hash would chain one per byte.
    /// </summary>
    private static int Hash(ReadOnlySpan<byte> name)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)name.Length * Multiplier;
        while (name.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(name)) * Multiplier;
            name = name[8..];
        }

        if (!name.IsEmpty)
        {
            ulong tail = 0;
            for (var i = 0; i < name.Length; i++)
            {
                tail |= (ulong)name[i] << (i * 8);
            }

            hash = (hash ^ tail) * Multiplier;
        }

        return (int)((hash ^ (hash >> 32)) & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var oldEntries = _entries;
        var oldHashes = _hashes;
        _entries = new string?[oldEntries.Length * 2];
        _hashes = new int[oldEntries.Length * 2];
        var mask = _entries.Length - 1;
        for (var i = 0; i < oldEntries.Length; i++)
        {
            if (oldEntries[i] is not { } entry)
            {
                continue;
            }

            var index = oldHashes[i] & mask;
            while (_entries[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _entries[index] = entry;
            _hashes[index] = oldHashes[i];
        }
    }
}
