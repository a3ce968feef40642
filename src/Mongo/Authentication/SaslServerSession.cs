using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// The embedded server's authentication state for one connection: answers saslStart, saslContinue and hello's
/// speculativeAuthenticate with SCRAM-SHA-1/SCRAM-SHA-256 against an <see cref="IScramCredentialStore"/>, in the
/// reply shapes mongod uses ({conversationId, payload, done, ok} or {ok: 0, errmsg, code, codeName}).
/// One conversation at a time, as in mongod; a new saslStart abandons the previous one. Not thread-safe: a
/// connection's commands are handled one after another.
/// </summary>
public sealed class SaslServerSession
{
    // mongod's error codes (error_codes.yml) for a malformed command and an unknown mechanism.
    private const int BadValueCode = 2;
    private const int MechanismUnavailableCode = 334;

    private readonly IScramCredentialStore _store;
    private readonly IScramNonceGenerator? _nonceGenerator;
    private int _lastConversationId;
    private ActiveConversation? _active;

    public SaslServerSession(IScramCredentialStore store, IScramNonceGenerator? nonceGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _nonceGenerator = nonceGenerator;
    }

    /// <summary>The database the connection authenticated against, or null.</summary>
    public string? AuthenticatedDatabase { get; private set; }

    /// <summary>The user the connection authenticated as, or null.</summary>
    public string? AuthenticatedUsername { get; private set; }

    /// <summary>Handles {saslStart: 1, mechanism, payload, options?} run on <paramref name="database"/>.</summary>
    public BsonDocument HandleSaslStart(string database, BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return Start(database, command).WithOk();
        }
        catch (MongoAuthenticationException e)
        {
            return ErrorReply(e);
        }
    }

    /// <summary>Handles {saslContinue: 1, conversationId, payload}.</summary>
    public BsonDocument HandleSaslContinue(string database, BsonDocument command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return Continue(database, command).WithOk();
        }
        catch (MongoAuthenticationException e)
        {
            _active = null;
            return ErrorReply(e);
        }
    }

    /// <summary>
    /// Handles hello's speculativeAuthenticate ({saslStart, mechanism, payload, options?, db}). Returns the
    /// document for hello's reply, or null when the attempt failed: the spec has the server then omit the field,
    /// and the client falls back to a normal saslStart.
    /// </summary>
    public BsonDocument? HandleSpeculativeAuthenticate(BsonDocument speculativeAuthenticate)
    {
        ArgumentNullException.ThrowIfNull(speculativeAuthenticate);
        try
        {
            var database = speculativeAuthenticate.GetValueOrDefault("db") is BsonString db
                ? db.Value
                : throw Malformed("speculativeAuthenticate needs a string 'db' field");
            return Start(database, speculativeAuthenticate).Document;
        }
        catch (MongoAuthenticationException)
        {
            // Deliberately not an error reply: hello itself succeeds and the client retries with saslStart.
            _active = null;
            return null;
        }
    }

    /// <summary>
    /// hello's saslSupportedMechs reply for a "db.username" request (MongoDB Authentication spec, "Default
    /// Authentication Methods"): the user's mechanisms, or null when the field should be left out (unknown user
    /// or malformed request, which mongod also answers by omission).
    /// </summary>
    public BsonArray? GetSaslSupportedMechs(string request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Database names cannot contain '.', user names can: the first dot separates them.
        var dot = request.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == request.Length - 1)
        {
            return null;
        }

        var mechanisms = _store.GetMechanismNames(request[..dot], request[(dot + 1)..]);
        return mechanisms.Count == 0 ? null : new BsonArray(mechanisms.Select(m => (BsonValue)m));
    }

    /// <summary>mongod's error reply for a failed authentication command.</summary>
    public static BsonDocument ErrorReply(MongoAuthenticationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return
        [
            new("ok", 0.0),
            new("errmsg", exception.Message),
            new("code", exception.Code),
            new("codeName", exception.CodeName),
        ];
    }

    private SaslServerReply Start(string database, BsonDocument command)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        _active = null;
        var mechanism = command.GetValueOrDefault("mechanism") is BsonString name
            ? name.Value
            : throw Malformed("saslStart needs a string 'mechanism' field");
        var algorithm = ScramAlgorithm.TryFromMechanismName(mechanism)
            ?? throw new MongoAuthenticationException(
                $"Received authentication for mechanism {mechanism} which is not enabled (supported: SCRAM-SHA-1, SCRAM-SHA-256).",
                MechanismUnavailableCode,
                "MechanismUnavailable");
        var skipEmptyExchange = command.GetValueOrDefault("options") is BsonDocument options
            && options.GetValueOrDefault("skipEmptyExchange") is BsonBoolean { Value: true };

        var conversation = new ScramServerConversation(algorithm, database, _store, _nonceGenerator);
        var serverFirst = conversation.ProcessClientFirst(Payload(command));
        var active = new ActiveConversation(++_lastConversationId, database, conversation, skipEmptyExchange);
        _active = active;
        return new SaslServerReply(active.Id, serverFirst, done: false);
    }

    private SaslServerReply Continue(string database, BsonDocument command)
    {
        var active = _active ?? throw new MongoAuthenticationException("No SASL session state found: saslContinue without a saslStart.");
        var conversationId = command.GetValueOrDefault("conversationId") is { IsNumeric: true } id
            ? id
            : throw Malformed("saslContinue needs a numeric 'conversationId' field");
        if (!BsonValueComparer.Instance.Equals(conversationId, active.Id) || !string.Equals(database, active.Database, StringComparison.Ordinal))
        {
            throw new MongoAuthenticationException($"saslContinue names conversation {conversationId} on '{database}', but the active one is {active.Id} on '{active.Database}'.");
        }

        var payload = Payload(command);
        if (active.Conversation.IsComplete)
        {
            // The empty exchange a client without skipEmptyExchange owes after server-final (RFC 4422 section 5).
            if (payload.Length != 0)
            {
                throw new MongoAuthenticationException("The SASL conversation is complete; the last saslContinue must have an empty payload.");
            }

            return Finish(active, []);
        }

        var serverFinal = active.Conversation.ProcessClientFinal(payload);
        return active.SkipEmptyExchange ? Finish(active, serverFinal) : new SaslServerReply(active.Id, serverFinal, done: false);
    }

    private SaslServerReply Finish(ActiveConversation active, byte[] payload)
    {
        _active = null;
        AuthenticatedDatabase = active.Database;
        AuthenticatedUsername = active.Conversation.AuthenticatedUsername;
        return new SaslServerReply(active.Id, payload, done: true);
    }

    private static byte[] Payload(BsonDocument command) => command.GetValueOrDefault("payload") switch
    {
        BsonBinary binary => binary.Data.ToArray(),
        null => throw Malformed($"{command.Names.FirstOrDefault()} needs a 'payload' field"),
        var other => throw Malformed($"the 'payload' field must be binary data, not {other.Type}"),
    };

    private static MongoAuthenticationException Malformed(string why) => new(why + ".", BadValueCode, "BadValue");

    private sealed record ActiveConversation(int Id, string Database, ScramServerConversation Conversation, bool SkipEmptyExchange);
}
