namespace Serverless.Mongo.Dns;

/// <summary>One SRV resource record (RFC 2782): the target host and port, with priority and weight.</summary>
public sealed record SrvRecord(string Target, int Port, int Priority, int Weight);
