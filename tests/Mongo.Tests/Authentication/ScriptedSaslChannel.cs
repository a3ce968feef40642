using Serverless.Bson;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>Answers commands with canned replies in order, recording what was sent.</summary>
internal sealed class ScriptedSaslChannel(params BsonDocument[] replies) : ISaslCommandChannel
{
    private int _next;

    public List<(string Database, BsonDocument Command)> Sent { get; } = [];

    public Task<BsonDocument> RunCommandAsync(string database, BsonDocument command, CancellationToken cancellationToken)
    {
        Sent.Add((database, command));
        if (_next >= replies.Length)
        {
            throw new InvalidOperationException($"the client sent command {Sent.Count} but only {replies.Length} replies were scripted");
        }

        return Task.FromResult(replies[_next++]);
    }
}
