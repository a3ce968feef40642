using System.Buffers.Binary;
using System.Text;

namespace Serverless.Mongo.Dns;

/// <summary>Encodes a standard query (RFC 1035 section 4.1): a header and one question, class IN.</summary>
internal static class DnsMessageWriter
{
    private const ushort RecursionDesired = 0x0100;
    private const ushort ClassInternet = 1;
    private const int MaxLabelLength = 63;
    private const int MaxNameLength = 255;

    public static byte[] EncodeQuery(ushort id, string name, DnsRecordType type)
    {
        var encodedName = EncodeName(name);
        var message = new byte[12 + encodedName.Length + 4];
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(0), id);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), RecursionDesired);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(4), 1); // QDCOUNT
        encodedName.CopyTo(message.AsSpan(12));
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(12 + encodedName.Length), (ushort)type);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(14 + encodedName.Length), ClassInternet);
        return message;
    }

    /// <summary>A domain name as length-prefixed labels ending in the root's zero byte (RFC 1035 section 3.1).</summary>
    public static byte[] EncodeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.EndsWith('.') ? name[..^1] : name;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A DNS name to query must not be empty.", nameof(name));
        }

        var bytes = new List<byte>(trimmed.Length + 2);
        foreach (var label in trimmed.Split('.'))
        {
            var labelBytes = Encoding.ASCII.GetBytes(label);
            if (labelBytes.Length is 0 or > MaxLabelLength || label.Any(c => c > 127))
            {
                throw new ArgumentException($"'{name}' has a label that is empty, longer than {MaxLabelLength} bytes or not ASCII (use punycode).", nameof(name));
            }

            bytes.Add((byte)labelBytes.Length);
            bytes.AddRange(labelBytes);
        }

        bytes.Add(0);
        return bytes.Count > MaxNameLength
            ? throw new ArgumentException($"'{name}' is longer than {MaxNameLength} bytes encoded.", nameof(name))
            : [.. bytes];
    }
}
