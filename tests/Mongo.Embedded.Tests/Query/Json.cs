using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Query;

/// <summary>
/// Test shorthand: shell-like JSON (<c>{a: 1, 'b.c': 'x'}</c>) read as Extended JSON, so the tables stay
/// readable. Unquoted keys get quotes and single quotes become double quotes.
/// </summary>
internal static partial class Json
{
    public static BsonDocument Doc(string shellJson) => ExtendedJson.ParseDocument(ToStrict(shellJson));

    public static BsonArray Array(string shellJson) => (BsonArray)ExtendedJson.Parse(ToStrict(shellJson));

    private static string ToStrict(string shellJson)
    {
        var text = RegexLiteral().Replace(shellJson, "{'$regularExpression': {'pattern': '$1', 'options': '$2'}}");
        text = NotANumber().Replace(text, "{'$numberDouble': 'NaN'}");
        return UnquotedKey().Replace(text.Replace('\'', '"'), "$1\"$2\":");
    }

    [GeneratedRegex(@"(?<=[:\[,]\s*)/([^/]+)/([a-z]*)", RegexOptions.CultureInvariant)]
    private static partial Regex RegexLiteral();

    [GeneratedRegex(@"(?<=[:\[,]\s*)NaN\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotANumber();

    [GeneratedRegex(@"([{,]\s*)([\w$][\w.$\[\]]*)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex UnquotedKey();
}
