using System.Buffers.Binary;
using System.Text;

namespace Serverless.Mongo.Tests.Dns;

/// <summary>
/// Builds a reply to a query byte by byte (RFC 1035 section 4.1), independently of the client's own codec:
/// the query's id and question are echoed and each answer's owner is a pointer to the question name.
/// </summary>
internal static class DnsReplyBuilder
{
    public const ushort Srv = 33;
    public const ushort Txt = 16;

    public static byte[] Reply(byte[] query, int responseCode, bool truncated, params (ushort Type, byte[] Data)[] answers)
    {
        var questionEnd = 12;
        while (query[questionEnd] != 0)
        {
            questionEnd += query[questionEnd] + 1;
        }

        questionEnd += 5; // root byte, QTYPE, QCLASS
        var reply = new List<byte>(query[..questionEnd]);
        var flags = (ushort)(0x8180 | (truncated ? 0x0200 : 0) | responseCode);
        reply[2] = (byte)(flags >> 8);
        reply[3] = (byte)flags;
        reply[6] = 0;
        reply[7] = (byte)answers.Length;
        foreach (var (type, data) in answers)
        {
            reply.AddRange([0xC0, 0x0C, (byte)(type >> 8), (byte)type, 0, 1, 0, 0, 0x0E, 0x10, (byte)(data.Length >> 8), (byte)data.Length]);
            reply.AddRange(data);
        }

        return [.. reply];
    }

    public static (ushort, byte[]) SrvAnswer(string target, int port)
    {
        var data = new List<byte> { 0, 0, 0, 0, (byte)(port >> 8), (byte)port };
        foreach (var label in target.Split('.'))
        {
            data.Add((byte)label.Length);
            data.AddRange(Encoding.ASCII.GetBytes(label));
        }

        data.Add(0);
        return (Srv, [.. data]);
    }

    public static (ushort, byte[]) TxtAnswer(string text) =>
        (Txt, [(byte)text.Length, .. Encoding.ASCII.GetBytes(text)]);

    public static ushort QueryType(byte[] query)
    {
        var end = 12;
        while (query[end] != 0)
        {
            end += query[end] + 1;
        }

        return BinaryPrimitives.ReadUInt16BigEndian(query.AsSpan(end + 1));
    }
}
