using System.Buffers.Binary;
using System.Text;

namespace Serverless.Mongo.Dns;

/// <summary>
/// Decodes a DNS reply (RFC 1035 section 4.1), following compression pointers (section 4.1.4) with a bound on
/// how many it follows so a pointer loop cannot hang the client. Every length is checked against the message;
/// a reply that breaks a rule raises <see cref="DnsException"/> naming the rule and the offset.
/// </summary>
internal sealed class DnsMessageReader
{
    private const int HeaderLength = 12;
    private const int MaxPointerJumps = 64;

    private readonly byte[] _message;
    private int _position;

    private DnsMessageReader(byte[] message) => _message = message;

    public static DnsResponse Decode(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DnsMessageReader(message).ReadResponse();
    }

    private DnsResponse ReadResponse()
    {
        if (_message.Length < HeaderLength)
        {
            throw Malformed("the message is shorter than the 12-byte header");
        }

        var id = ReadUInt16();
        var flags = ReadUInt16();
        var questions = ReadUInt16();
        var answers = ReadUInt16();
        _position = HeaderLength;
        for (var i = 0; i < questions; i++)
        {
            ReadName();
            Skip(4); // QTYPE, QCLASS
        }

        var records = new List<DnsAnswer>(answers);
        for (var i = 0; i < answers; i++)
        {
            records.Add(ReadAnswer());
        }

        // Authority and additional sections are not needed for SRV/TXT lookups, so they are not read.
        return new DnsResponse(id, (flags & 0x8000) != 0, (flags & 0x0200) != 0, (DnsResponseCode)(flags & 0x000F), records);
    }

    private DnsAnswer ReadAnswer()
    {
        var name = ReadName();
        var type = ReadUInt16();
        Skip(2); // CLASS
        var ttl = ReadUInt32();
        var length = ReadUInt16();
        var start = _position;
        if (start + length > _message.Length)
        {
            throw Malformed($"a record's RDLENGTH {length} runs past the end of the message");
        }

        object? data = (DnsRecordType)type switch
        {
            DnsRecordType.Srv => ReadSrv(length),
            DnsRecordType.Txt => ReadTxt(start + length),
            _ => null,
        };
        _position = start + length;
        return new DnsAnswer(name, type, ttl, data);
    }

    private SrvRecord ReadSrv(int length)
    {
        // RFC 2782: priority, weight, port (16 bits each), then the target name.
        if (length < 7)
        {
            throw Malformed("an SRV record is shorter than its fixed fields");
        }

        var priority = ReadUInt16();
        var weight = ReadUInt16();
        var port = ReadUInt16();
        return new SrvRecord(ReadName(), port, priority, weight);
    }

    private TxtRecord ReadTxt(int end)
    {
        // RFC 1035 section 3.3.14: one or more <character-string>s, each a length byte and that many bytes.
        var strings = new List<string>();
        while (_position < end)
        {
            var length = _message[_position++];
            if (_position + length > end)
            {
                throw Malformed("a TXT character-string runs past the end of its record");
            }

            strings.Add(Encoding.UTF8.GetString(_message, _position, length));
            _position += length;
        }

        return new TxtRecord(strings);
    }

    private string ReadName()
    {
        var labels = new List<string>();
        var position = _position;
        var resumeAt = -1;
        var jumps = 0;
        while (true)
        {
            if (position >= _message.Length)
            {
                throw Malformed("a name runs past the end of the message");
            }

            var length = _message[position];
            if ((length & 0xC0) == 0xC0)
            {
                if (position + 1 >= _message.Length)
                {
                    throw Malformed("a compression pointer is cut off");
                }

                if (++jumps > MaxPointerJumps)
                {
                    throw Malformed("compression pointers form a loop");
                }

                resumeAt = resumeAt < 0 ? position + 2 : resumeAt;
                position = ((length & 0x3F) << 8) | _message[position + 1];
                continue;
            }

            if ((length & 0xC0) != 0)
            {
                throw Malformed($"label type 0x{length & 0xC0:X2} at offset {position} is reserved");
            }

            position++;
            if (length == 0)
            {
                break;
            }

            if (position + length > _message.Length)
            {
                throw Malformed("a label runs past the end of the message");
            }

            labels.Add(Encoding.ASCII.GetString(_message, position, length));
            position += length;
        }

        _position = resumeAt < 0 ? position : resumeAt;
        return string.Join('.', labels);
    }

    private ushort ReadUInt16()
    {
        EnsureAvailable(2);
        var value = BinaryPrimitives.ReadUInt16BigEndian(_message.AsSpan(_position));
        _position += 2;
        return value;
    }

    private uint ReadUInt32()
    {
        EnsureAvailable(4);
        var value = BinaryPrimitives.ReadUInt32BigEndian(_message.AsSpan(_position));
        _position += 4;
        return value;
    }

    private void Skip(int count)
    {
        EnsureAvailable(count);
        _position += count;
    }

    private void EnsureAvailable(int count)
    {
        if (_position + count > _message.Length)
        {
            throw Malformed($"{count} more bytes were expected");
        }
    }

    private DnsException Malformed(string rule) => new($"Malformed DNS reply at offset {_position}: {rule}.");
}
