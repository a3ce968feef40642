namespace Serverless.Mongo.Dns;

/// <summary>A decoded DNS reply: the header fields this client acts on and the answer section.</summary>
internal sealed record DnsResponse(ushort Id, bool IsResponse, bool IsTruncated, DnsResponseCode ResponseCode, IReadOnlyList<DnsAnswer> Answers)
{
    public IEnumerable<T> AnswersOf<T>()
        where T : class => Answers.Select(a => a.Data).OfType<T>();
}

/// <summary>One answer resource record; <see cref="Data"/> is a <see cref="SrvRecord"/>, a <see cref="TxtRecord"/> or null for other types.</summary>
internal sealed record DnsAnswer(string Name, ushort Type, uint TimeToLive, object? Data);

/// <summary>RCODE values of RFC 1035 section 4.1.1.</summary>
internal enum DnsResponseCode
{
    NoError = 0,
    FormatError = 1,
    ServerFailure = 2,
    NameError = 3,
    NotImplemented = 4,
    Refused = 5,
}
