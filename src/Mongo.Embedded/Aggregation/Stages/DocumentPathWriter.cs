using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Aggregation.Stages;

/// <summary>Sets or removes a dotted field, creating embedded documents on the way ($unwind, $lookup "as").</summary>
internal static class DocumentPathWriter
{
    public static BsonDocument Set(BsonDocument document, string path, BsonValue? value) => Set(document, path.Split('.'), 0, value);

    private static BsonDocument Set(BsonDocument document, string[] segments, int index, BsonValue? value)
    {
        var name = segments[index];
        if (index == segments.Length - 1)
        {
            return value is null ? document.Without(name) : document.With(name, value);
        }

        var child = document.GetValueOrDefault(name) as BsonDocument ?? BsonDocument.Empty;
        return document.With(name, Set(child, segments, index + 1, value));
    }
}
