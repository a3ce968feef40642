using Serverless.Mongo.Topology;

namespace Serverless.Mongo;

/// <summary>
/// A connection string split into its parts (Connection String spec, "Parsing"): decoded user information,
/// hosts and database, and the option pairs in URI order with keys and values percent-decoded.
/// </summary>
internal sealed record UriParts(
    bool IsSrv,
    bool HasUserInfo,
    string? Username,
    string? Password,
    IReadOnlyList<ServerAddress> Hosts,
    string? Database,
    IReadOnlyList<KeyValuePair<string, string>> Options);
