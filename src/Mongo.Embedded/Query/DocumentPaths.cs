using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>Reading and rebuilding immutable documents along a path of plain field names.</summary>
internal static class DocumentPaths
{
    /// <summary>Follows the names through nested documents only (no array traversal).</summary>
    public static bool TryGetThroughDocuments(BsonDocument document, IReadOnlyList<string> names, out BsonValue value)
    {
        value = document;
        foreach (var name in names)
        {
            if (value is not BsonDocument current || !current.TryGetValue(name, out value))
            {
                value = BsonNull.Value;
                return false;
            }
        }

        return true;
    }

    /// <summary>A copy with the value at an existing path of nested documents replaced.</summary>
    public static BsonDocument ReplaceThroughDocuments(BsonDocument document, IReadOnlyList<string> names, BsonValue replacement, int start = 0)
    {
        if (start == names.Count - 1)
        {
            return document.With(names[start], replacement);
        }

        var child = (BsonDocument)document[names[start]];
        return document.With(names[start], ReplaceThroughDocuments(child, names, replacement, start + 1));
    }
}
