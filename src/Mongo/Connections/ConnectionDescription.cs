namespace Serverless.Mongo;

/// <summary>What the server said about itself in the handshake's hello reply (Handshake spec; the limits drivers must honour).</summary>
public sealed record ConnectionDescription(
    string ServerAddress,
    int MaxWireVersion,
    int MaxBsonObjectSize,
    int MaxMessageSizeBytes,
    int MaxWriteBatchSize,
    long ConnectionId);
