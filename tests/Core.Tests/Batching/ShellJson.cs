using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Core.Tests.Batching;

/// <summary>
/// Mongo-shell-like JSON for readable test data (<c>{year: {$gte: 2002}}</c>): single quotes become double
/// quotes and bare keys are quoted, then the text is read as Extended JSON.
/// </summary>
internal static partial class ShellJson
{
    public static BsonDocument Doc(string text) => ExtendedJson.ParseDocument(Strict(text));

    public static BsonArray Array(string text) => (BsonArray)ExtendedJson.Parse(Strict(text));

    public static List<BsonDocument> Pipeline(string text) => [.. Array(text).Cast<BsonDocument>()];

    private static string Strict(string text) => BareKey().Replace(text.Replace('\'', '"'), "$1\"$2\":");

    [GeneratedRegex(@"([{,]\s*)([A-Za-z_$][\w.$]*)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex BareKey();
}
