using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>Reads numeric reply fields; servers are free to send int32, int64 or double for counts and flags.</summary>
internal static class BsonNumbers
{
    public static long? TryInt64(BsonValue? value) => value switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        BsonDouble d when double.IsFinite(d.Value) && d.Value == Math.Floor(d.Value) => (long)d.Value,
        _ => null,
    };

    public static long Int64(BsonDocument document, string name, long defaultValue) =>
        TryInt64(document.GetValueOrDefault(name)) ?? defaultValue;

    public static int Int32(BsonDocument document, string name, int defaultValue) =>
        (int)Math.Clamp(Int64(document, name, defaultValue), int.MinValue, int.MaxValue);

    /// <summary>The reply's ok field: 1 (any numeric type) or true means success (OP_MSG spec, "Command Replies").</summary>
    public static bool IsOk(BsonDocument reply) => reply.GetValueOrDefault("ok") switch
    {
        BsonBoolean b => b.Value,
        BsonDouble d => d.Value == 1.0,
        var other => TryInt64(other) == 1,
    };
}
