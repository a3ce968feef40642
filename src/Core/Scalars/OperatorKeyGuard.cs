using Serverless.Bson;
using Serverless.GraphQL.Types;

namespace Serverless.Core.Scalars;

/// <summary>
/// Reference §6.2 [REC]: RESTHeart passes argument values verbatim, so a BsonDocument argument can inject MongoDB
/// operators (<c>{"$ne": null}</c>, <c>$where</c>) into a find or a stage. Keys starting with <c>$</c> are rejected
/// at any depth unless the schema opts in.
/// </summary>
internal static class OperatorKeyGuard
{
    public static BsonDocument Check(BsonDocument document)
    {
        Check(document, string.Empty);
        return document;
    }

    private static void Check(BsonValue value, string path)
    {
        switch (value)
        {
            case BsonDocument document:
                foreach (var element in document)
                {
                    var at = path.Length == 0 ? element.Name : path + "." + element.Name;
                    if (element.Name.StartsWith('$'))
                    {
                        throw new CoercionException(
                            $"BsonDocument input must not contain the key \"{element.Name}\" (at {at}): keys starting with '$' are MongoDB operators and are rejected to prevent operator injection.");
                    }

                    Check(element.Value, at);
                }

                break;
            case BsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    Check(array[index], path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                }

                break;
        }
    }
}
