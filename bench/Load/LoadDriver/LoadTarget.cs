namespace Serverless.Load;

/// <summary>One server under load: a name for the table, its GraphQL endpoint and, if known, its process id (for RSS).</summary>
internal sealed record LoadTarget(string Name, Uri Endpoint, int? ProcessId);
