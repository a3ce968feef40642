namespace Serverless.Mongo.Dns;

/// <summary>The resource record types this client asks for (RFC 1035 section 3.2.2; RFC 2782 for SRV).</summary>
internal enum DnsRecordType : ushort
{
    A = 1,
    Cname = 5,
    Txt = 16,
    Srv = 33,
}
