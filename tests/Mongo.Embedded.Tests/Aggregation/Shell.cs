using System.Text.RegularExpressions;
using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Aggregation;

/// <summary>
/// Mongo-shell-like JSON for test tables (<c>{a: 1, b: '$x'}</c>): single quotes become double quotes and
/// bare keys are quoted, then the text is read as Extended JSON.
/// </summary>
internal static partial class Shell
{
    public static BsonDocument Doc(string text) => ExtendedJson.ParseDocument(Strict(text));

    public static BsonArray Array(string text) => (BsonArray)ExtendedJson.Parse(Strict(text));

    public static BsonValue Value(string text) => Doc("{v: " + text + "}")["v"];

    /// <summary>Canonical Extended JSON keeps numeric types visible, so int 1 and long 1 compare unequal.</summary>
    public static string Canonical(BsonValue? value) =>
        value is null ? "<missing>" : ExtendedJson.Serialize(value, ExtendedJsonMode.Canonical);

    private static string Strict(string text) => BareKey().Replace(text.Replace('\'', '"'), "$1\"$2\":");

    [GeneratedRegex(@"([{,]\s*)([A-Za-z_$][\w.$]*)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex BareKey();
}
