using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// The keys a document contributes to an index. A field that holds an array contributes each element
/// (a multikey index); a missing field contributes null; a compound index gets every combination.
/// </summary>
internal static class IndexKeys
{
    public static IReadOnlyCollection<BsonArray> Extract(IndexDescription index, BsonDocument document)
    {
        IEnumerable<BsonValue[]> combinations = [[]];
        foreach (var field in index.Fields)
        {
            var values = ValuesOf(document, field);
            combinations = combinations.SelectMany(prefix => values.Select(value => (BsonValue[])[.. prefix, value])).ToList();
        }

        var keys = new HashSet<BsonArray>(BsonValueComparer.Instance);
        foreach (var combination in combinations)
        {
            keys.Add(new BsonArray(combination));
        }

        return keys;
    }

    /// <summary>The {field: value} document shown as keyValue in duplicate-key errors.</summary>
    public static BsonDocument Describe(IndexDescription index, BsonArray key) =>
        new(index.Fields.Select((field, i) => new BsonElement(field, key[i])));

    private static List<BsonValue> ValuesOf(BsonDocument document, string field)
    {
        var expansion = BsonPath.Parse(field).Expand(document, BsonPathLeafArrays.ElementsOnly);
        var values = new List<BsonValue>(expansion);
        if (values.Count == 0 || expansion.HasMissingBranch)
        {
            values.Add(BsonNull.Value);
        }

        return values;
    }
}
