using System.Globalization;
using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// The fields of a saslStart/saslContinue reply, or of hello's speculativeAuthenticate sub-document:
/// {conversationId, payload, done, ok} (MongoDB Authentication spec, "SASL" and "Speculative Authentication").
/// </summary>
internal sealed class SaslReply
{
    private SaslReply(BsonValue conversationId, byte[] payload, bool done)
    {
        ConversationId = conversationId;
        Payload = payload;
        Done = done;
    }

    public BsonValue ConversationId { get; }

    public byte[] Payload { get; }

    public bool Done { get; }

    /// <exception cref="MongoAuthenticationException">ok is 0 (carrying the server's code and message), or a field is missing or mistyped.</exception>
    public static SaslReply Parse(BsonDocument reply, string commandName)
    {
        if (reply.GetValueOrDefault("ok") is { } ok && !IsTruthy(ok))
        {
            var message = reply.GetValueOrDefault("errmsg") is BsonString errmsg ? errmsg.Value : "no errmsg";
            var code = reply.GetValueOrDefault("code") is { IsNumeric: true } codeValue
                ? Convert.ToInt32(ToDouble(codeValue), CultureInfo.InvariantCulture)
                : MongoAuthenticationException.AuthenticationFailedCode;
            var codeName = reply.GetValueOrDefault("codeName") is BsonString name ? name.Value : MongoAuthenticationException.AuthenticationFailedCodeName;
            throw new MongoAuthenticationException($"{commandName} failed: {message} (code {code}, {codeName}).", code, codeName);
        }

        var conversationId = reply.GetValueOrDefault("conversationId")
            ?? throw Malformed(commandName, "has no conversationId");
        var payload = reply.GetValueOrDefault("payload") switch
        {
            BsonBinary binary => binary.Data.ToArray(),
            null => throw Malformed(commandName, "has no payload"),
            var other => throw Malformed(commandName, $"has a payload of type {other.Type}, expected binary"),
        };
        var done = reply.GetValueOrDefault("done") is BsonBoolean flag
            ? flag.Value
            : throw Malformed(commandName, "has no boolean 'done' field");
        return new SaslReply(conversationId, payload, done);
    }

    private static MongoAuthenticationException Malformed(string commandName, string why) =>
        new($"The {commandName} reply {why}.");

    private static bool IsTruthy(BsonValue value) => value switch
    {
        BsonBoolean flag => flag.Value,
        { IsNumeric: true } => ToDouble(value) != 0,
        _ => false,
    };

    private static double ToDouble(BsonValue value) => value switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        BsonDouble d => d.Value,
        BsonDecimal128 m => m.Value.ToDouble(),
        _ => double.NaN,
    };
}
