using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>An index as listIndexes reports it: key pattern, name and the options we honour.</summary>
internal sealed record IndexDescription(string Name, BsonDocument Key, bool Unique)
{
    public const string IdIndexName = "_id_";

    public static IndexDescription IdIndex { get; } = new(IdIndexName, [new("_id", 1)], Unique: false);

    public IReadOnlyList<string> Fields { get; } = [.. Key.Names];

    /// <summary>The listIndexes entry; the _id index never shows "unique" although it is (server behaviour).</summary>
    public BsonDocument ToDocument()
    {
        List<BsonElement> elements = [new("v", 2), new("key", Key), new("name", Name)];
        if (Unique)
        {
            elements.Add(new("unique", true));
        }

        return new BsonDocument(elements);
    }

    /// <summary>The default index name: field_direction pairs joined by underscores ("a_1_b_-1").</summary>
    public static string DefaultName(BsonDocument key) =>
        string.Join('_', key.Select(element => $"{element.Name}_{KeyPart(element.Value)}"));

    private static string KeyPart(BsonValue value) => value switch
    {
        BsonString s => s.Value,
        BsonDouble d => d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BsonInt32 i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BsonInt64 l => l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
