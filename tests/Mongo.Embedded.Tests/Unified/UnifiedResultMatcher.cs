using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Tests.Unified;

/// <summary>
/// The unified test format's result matching ("Evaluating Matches"): numbers compare by value, root-level
/// documents may have extra fields, arrays must have the same length, and the special operators
/// <c>$$unsetOrMatches</c>, <c>$$exists</c> and <c>$$type</c> are understood.
/// </summary>
internal static class UnifiedResultMatcher
{
    public static string? Mismatch(BsonValue expected, BsonValue? actual, string where, bool root)
    {
        if (expected is BsonDocument special && special.Count == 1 && special[0].Name.StartsWith("$$", StringComparison.Ordinal))
        {
            return Special(special[0].Name, special[0].Value, actual, where, root);
        }

        if (actual is null)
        {
            return $"{where}: expected {expected}, found nothing";
        }

        if (expected is BsonDocument expectedDocument)
        {
            if (actual is not BsonDocument actualDocument)
            {
                return $"{where}: expected document {expected}, found {actual}";
            }

            foreach (var (name, value) in expectedDocument)
            {
                if (Mismatch(value, actualDocument.GetValueOrDefault(name), $"{where}.{name}", root: false) is { } problem)
                {
                    return problem;
                }
            }

            var extra = actualDocument.Names.Where(n => !expectedDocument.Contains(n)).ToList();
            return root || extra.Count == 0 ? null : $"{where}: unexpected fields {string.Join(", ", extra)} in {actual}";
        }

        if (expected is BsonArray expectedArray)
        {
            if (actual is not BsonArray actualArray || actualArray.Count != expectedArray.Count)
            {
                return $"{where}: expected {expected}, found {actual}";
            }

            for (var i = 0; i < expectedArray.Count; i++)
            {
                // Documents of a root-level array (find results) are root-level documents themselves.
                if (Mismatch(expectedArray[i], actualArray[i], $"{where}[{i}]", root) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        return BsonValueComparer.ShareTypeBracket(expected.Type, actual.Type) && BsonValueComparer.Instance.Equals(expected, actual)
            ? null
            : $"{where}: expected {expected}, found {actual}";
    }

    /// <summary>Whether the expectation uses only operators this matcher knows.</summary>
    public static bool UsesUnknownOperators(BsonValue expected) =>
        expected switch
        {
            BsonDocument d => d.Any(e => (e.Name.StartsWith("$$", StringComparison.Ordinal) && e.Name is not ("$$unsetOrMatches" or "$$exists" or "$$type"))
                || UsesUnknownOperators(e.Value)),
            BsonArray a => a.Any(UsesUnknownOperators),
            _ => false,
        };

    private static IEnumerable<string> TypeNames(BsonValue argument) =>
        argument is BsonArray names ? names.Select(n => n.AsString) : [argument.AsString];

    private static string? Special(string name, BsonValue argument, BsonValue? actual, string where, bool root) =>
        name switch
        {
            // The wrapped expectation keeps the wrapper's place: a root-level document stays root-level.
            "$$unsetOrMatches" => actual is null ? null : Mismatch(argument, actual, where, root),
            "$$exists" => (actual is not null) == argument.AsBoolean ? null : $"{where}: existence should be {argument}",
            "$$type" => actual is not null && TypeNames(argument).Contains(BsonTypeAliases.NameOf(actual.Type))
                ? null
                : $"{where}: expected a value of type {argument}, found {actual}",
            _ => $"{where}: unsupported special operator {name}",
        };
}
