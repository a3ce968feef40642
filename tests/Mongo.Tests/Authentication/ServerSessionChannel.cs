using Serverless.Bson;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>Connects the client authenticator straight to a server session, recording every command sent.</summary>
internal sealed class ServerSessionChannel(SaslServerSession session) : ISaslCommandChannel
{
    public List<BsonDocument> Commands { get; } = [];

    public Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Commands.Add(command);
        var reply = command.Names.First() switch
        {
            "saslStart" => session.HandleSaslStart(database, command),
            "saslContinue" => session.HandleSaslContinue(database, command),
            var other => throw new InvalidOperationException($"unexpected command {other}"),
        };
        return Task.FromResult(reply);
    }
}
