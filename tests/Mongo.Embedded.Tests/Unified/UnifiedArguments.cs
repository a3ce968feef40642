using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// An operation's flat "arguments" document, read by name. Each argument must be consumed by the operation:
/// <see cref="EnsureAllUsed"/> fails the test on one the runner does not pass to the client, so an ignored
/// option can never make a test pass silently.
/// </summary>
internal sealed class UnifiedArguments(BsonDocument arguments)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public BsonValue? Value(string name)
    {
        _used.Add(name);
        return arguments.GetValueOrDefault(name);
    }

    public BsonDocument? Document(string name) => Value(name) as BsonDocument;

    public BsonDocument RequiredDocument(string name) =>
        Document(name) ?? throw new UnifiedAssertionException($"argument {name} must be a document, got {arguments.GetValueOrDefault(name)}");

    public BsonValue RequiredValue(string name) =>
        Value(name) ?? throw new UnifiedAssertionException($"argument {name} is missing");

    public IReadOnlyList<BsonDocument>? Documents(string name) =>
        Value(name) is BsonArray array ? array.Select(v => v.AsDocument).ToList() : null;

    public bool? Boolean(string name) => Value(name) is BsonBoolean b ? b.Value : null;

    public int? Int32(string name) => Value(name) is { IsNumeric: true } number ? (int)Int64Of(number) : null;

    public long? Int64(string name) => Value(name) is { IsNumeric: true } number ? Int64Of(number) : null;

    public TimeSpan? MaxTime() => Int64("maxTimeMS") is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    public ReturnDocument ReturnDocument() =>
        Value("returnDocument") is BsonString text ? Enum.Parse<ReturnDocument>(text.Value, ignoreCase: true) : Mongo.ReturnDocument.Before;

    /// <exception cref="UnifiedAssertionException">An argument the operation did not read.</exception>
    public void EnsureAllUsed(string operation)
    {
        var unused = arguments.Names.Where(n => !_used.Contains(n)).ToList();
        if (unused.Count > 0)
        {
            throw new UnifiedAssertionException($"{operation}: the runner does not support argument(s) {string.Join(", ", unused)}");
        }
    }

    private static long Int64Of(BsonValue number) => number switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        _ => (long)((BsonDouble)number).Value,
    };
}
