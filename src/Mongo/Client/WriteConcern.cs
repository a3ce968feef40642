using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// A write concern (Read and Write Concern spec): w (a count or "majority"), j and wtimeout. w: 0 asks for
/// no acknowledgement; the client then reports results as unacknowledged.
/// </summary>
public sealed record WriteConcern
{
    public static WriteConcern Unacknowledged { get; } = new() { W = 0 };

    /// <summary>A number of members or a tag name such as "majority"; null leaves it to the server.</summary>
    public BsonValue? W { get; init; }

    public bool? Journal { get; init; }

    public TimeSpan? WTimeout { get; init; }

    public bool IsAcknowledged => W is not BsonInt32 { Value: 0 } || Journal == true;

    /// <summary>Reads the unified test format's / command's writeConcern document ({w, j, wtimeout}).</summary>
    /// <exception cref="ArgumentException">An unknown field or a wrong type.</exception>
    public static WriteConcern FromDocument(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var concern = new WriteConcern();
        foreach (var (name, value) in document)
        {
            concern = name switch
            {
                "w" when value is BsonInt32 or BsonString => concern with { W = value },
                "j" when value is BsonBoolean j => concern with { Journal = j.Value },
                "wtimeout" or "wtimeoutMS" when value.IsNumeric => concern with { WTimeout = TimeSpan.FromMilliseconds(BsonNumbers.TryInt64(value) ?? 0) },
                _ => throw new ArgumentException($"Unsupported write concern field {name}: {value}", nameof(document)),
            };
        }

        return concern;
    }

    public BsonDocument ToDocument()
    {
        var document = new List<BsonElement>();
        if (W is not null)
        {
            document.Add(new("w", W));
        }

        if (Journal is { } journal)
        {
            document.Add(new("j", journal));
        }

        if (WTimeout is { } timeout)
        {
            document.Add(new("wtimeout", (long)timeout.TotalMilliseconds));
        }

        return new BsonDocument(document);
    }
}
