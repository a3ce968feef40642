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
    private int _count;

    /// <summary>
    /// Starts at a size in proportion to the source (a name takes at least two bytes with its separator, and most
    /// repeat), from 32 up to 512 slots, so a small request document does not pay for a schema-sized table.
    /// </summary>
    public NameTable(int sourceLength)
    {
        _entries = new string?[InitialSize(sourceLength)];
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
        var mask = _entries.Length - 1;
        var index = Hash(name) & mask;
        while (true)
        {
            var entry = _entries[index];
            if (entry is null)
            {
                var created = Encoding.ASCII.GetString(name);
                _entries[index] = created;
                if (++_count * 2 > _entries.Length)
                {
                    Grow();
                }

                return created;
            }

            if (Ascii.Equals(name, entry))
            {
                return entry;
            }

            index = (index + 1) & mask;
        }
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        // FNV-1a: cheap and good enough for identifiers.
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static int Hash(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new string?[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null)
            {
                continue;
            }

            var index = Hash(entry) & mask;
            while (_entries[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _entries[index] = entry;
        }
    }
}
