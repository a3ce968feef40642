using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// Undoes RESTHeart's storage escaping (§2.4) so both forms load the same: keys <c>_$x</c> → <c>$x</c>, <c>::</c>
/// in keys → <c>.</c>, string values <c>_$x</c> → <c>$x</c>. Raw documents pass through unchanged, since raw keys
/// never start with <c>_$</c> nor contain <c>::</c>. Applied to all mappings (RESTHeart reads enum/union/interface
/// mappings still escaped; accepting both is the §2.4 [REC]).
/// </summary>
internal static class StorageEscaping
{
    private const string EscapedDollar = "_$";

    public static BsonValue Unescape(BsonValue value) => value switch
    {
        BsonDocument document => new BsonDocument(document.Select(element => new BsonElement(UnescapeKey(element.Name), Unescape(element.Value)))),
        BsonArray array => new BsonArray(array.Select(Unescape)),
        BsonString text when text.Value.StartsWith(EscapedDollar, StringComparison.Ordinal) => new BsonString(text.Value[1..]),
        _ => value,
    };

    private static string UnescapeKey(string key)
    {
        var unescaped = key.StartsWith(EscapedDollar, StringComparison.Ordinal) ? key[1..] : key;
        return unescaped.Replace("::", ".", StringComparison.Ordinal);
    }
}
