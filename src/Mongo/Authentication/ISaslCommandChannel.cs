using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Runs one command on the connection being authenticated and returns the server's reply document.</summary>
public interface ISaslCommandChannel
{
    Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken);
}
