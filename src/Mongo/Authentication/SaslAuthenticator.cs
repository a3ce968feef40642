using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Runs one SASL conversation over a connection (MongoDB Authentication spec, "SASL Mechanisms"): saslStart, then
/// saslContinue until both the server says done and the client's step machine is complete. Also produces the
/// speculativeAuthenticate document folded into the handshake's hello and resumes from the server's answer to it.
/// One instance authenticates one connection once.
/// </summary>
public sealed class SaslAuthenticator
{
    private readonly ISaslMechanism _mechanism;
    private SaslStep? _firstStep;

    /// <param name="source">The authentication database (authSource), where saslStart is run.</param>
    public SaslAuthenticator(ISaslMechanism mechanism, string source)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ArgumentException.ThrowIfNullOrEmpty(source);
        _mechanism = mechanism;
        Source = source;
    }

    public string Source { get; }

    public string MechanismName => _mechanism.Name;

    /// <summary>
    /// {saslStart: 1, mechanism, payload, options: {skipEmptyExchange: true}}. skipEmptyExchange lets the server
    /// finish with the server-final message instead of requiring an extra empty round trip (Authentication spec,
    /// "SCRAM-SHA-1 > Conversation").
    /// </summary>
    public BsonDocument CreateSaslStartCommand() =>
    [
        new("saslStart", 1),
        new("mechanism", MechanismName),
        new("payload", new BsonBinary(FirstStep.Payload.Span)),
        new("options", new BsonDocument(new BsonElement("skipEmptyExchange", true))),
    ];

    /// <summary>
    /// The value of hello's speculativeAuthenticate field: the saslStart command plus "db" (Authentication spec,
    /// "Speculative Authentication"). It carries the same first step as a later saslStart would.
    /// </summary>
    public BsonDocument CreateSpeculativeAuthenticateDocument() => CreateSaslStartCommand().With("db", Source);

    /// <summary>Authenticates with a full saslStart/saslContinue conversation.</summary>
    /// <exception cref="MongoAuthenticationException">The server refused, or a message failed verification.</exception>
    public Task AuthenticateAsync(ISaslCommandChannel channel, CancellationToken cancellationToken) =>
        AuthenticateAsync(channel, speculativeAuthenticateReply: null, cancellationToken);

    /// <summary>
    /// Finishes authentication after a hello that carried <see cref="CreateSpeculativeAuthenticateDocument"/>:
    /// continues from the reply's speculativeAuthenticate document, or, when the server left it out (it did not
    /// accept the speculative attempt), runs the normal conversation with the same client-first message.
    /// </summary>
    public async Task AuthenticateAsync(ISaslCommandChannel channel, BsonDocument? speculativeAuthenticateReply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var reply = speculativeAuthenticateReply is null
            ? SaslReply.Parse(await channel.RunCommandAsync(Source, CreateSaslStartCommand(), cancellationToken).ConfigureAwait(false), "saslStart")
            : SaslReply.Parse(speculativeAuthenticateReply, "speculativeAuthenticate");
        await ConverseAsync(channel, FirstStep, reply, cancellationToken).ConfigureAwait(false);
    }

    private SaslStep FirstStep => _firstStep ??= _mechanism.Start();

    private async Task ConverseAsync(ISaslCommandChannel channel, SaslStep step, SaslReply reply, CancellationToken cancellationToken)
    {
        var conversationId = reply.ConversationId;
        var sentEmptyAfterCompletion = false;
        while (true)
        {
            if (!step.IsComplete)
            {
                step = step.Receive(reply.Payload);
            }
            else if (reply.Payload.Length != 0)
            {
                throw new MongoAuthenticationException($"The server sent a {reply.Payload.Length}-byte payload after the {MechanismName} conversation was complete.");
            }

            if (reply.Done)
            {
                if (!step.IsComplete)
                {
                    throw new MongoAuthenticationException($"The server ended the {MechanismName} conversation before the client verified it.");
                }

                return;
            }

            if (step.IsComplete)
            {
                // Without skipEmptyExchange the server wants one empty saslContinue after server-final; asking
                // twice would mean the server is not converging.
                if (sentEmptyAfterCompletion)
                {
                    throw new MongoAuthenticationException($"The server did not finish the {MechanismName} conversation after the client completed it.");
                }

                sentEmptyAfterCompletion = true;
            }

            BsonDocument command =
            [
                new("saslContinue", 1),
                new("conversationId", conversationId),
                new("payload", new BsonBinary(step.Payload.Span)),
            ];
            reply = SaslReply.Parse(await channel.RunCommandAsync(Source, command, cancellationToken).ConfigureAwait(false), "saslContinue");
            if (reply.ConversationId != conversationId)
            {
                throw new MongoAuthenticationException(
                    $"The saslContinue reply belongs to conversation {reply.ConversationId}, not {conversationId}.");
            }
        }
    }
}
