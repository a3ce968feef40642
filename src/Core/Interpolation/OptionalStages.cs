using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>
/// <c>$ifarg</c> optional stages (§7.2): a stage document containing <c>$ifarg</c> (other keys ignored) holds
/// <c>[condition, thenStage, elseStage?]</c>; the condition is an argument name or an array of names that must
/// all be present (§6.2 path syntax and "present" rule). True → thenStage; false → elseStage or nothing.
/// </summary>
public static class OptionalStages
{
    private const string Operator = "$ifarg";
    private const string RootDoc = "rootDoc";

    public static IReadOnlyList<BsonDocument> Resolve(IReadOnlyList<BsonDocument> stages, BsonDocument arguments)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(arguments);
        var resolved = new List<BsonDocument>(stages.Count);
        foreach (var stage in stages)
        {
            if (!stage.TryGetValue(Operator, out var optional))
            {
                resolved.Add(stage);
                continue;
            }

            // Shapes are checked at load (OperatorShapeChecker); this guards hand-built mappings.
            if (optional is not BsonArray { Count: 2 or 3 } parts || ConditionNames(parts[0]) is not { } names
                || parts[1] is not BsonDocument thenStage || parts is [_, _, not BsonDocument])
            {
                throw new MappingException($"invalid $ifarg stage: {stage}");
            }

            if (names.All(name => ArgumentPath.TryResolve(arguments, name, out _)))
            {
                resolved.Add(thenStage);
            }
            else if (parts.Count == 3)
            {
                resolved.Add((BsonDocument)parts[2]);
            }
        }

        return resolved;
    }

    /// <summary>
    /// True when any <c>$arg</c> name or <c>$ifarg</c> condition names <c>rootDoc</c> or a path under it, i.e. the
    /// result depends on the level-1 document of the resolution path (§8).
    /// </summary>
    public static bool ReferencesRootDoc(IReadOnlyList<BsonDocument> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        return stages.Any(ReferencesRootDoc);
    }

    private static bool ReferencesRootDoc(BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                if (document.TryGetValue("$arg", out var argument)
                    && (argument is BsonString name && IsRootDoc(name.Value) || argument is BsonArray and [BsonString defaulted, _] && IsRootDoc(defaulted.Value)))
                {
                    return true;
                }

                if (document.TryGetValue(Operator, out var optional) && optional is BsonArray { Count: > 0 } parts
                    && ConditionNames(parts[0]) is { } names && names.Any(IsRootDoc))
                {
                    return true;
                }

                return document.Values.Any(ReferencesRootDoc);
            case BsonArray array:
                return array.Any(ReferencesRootDoc);
            default:
                return false;
        }
    }

    private static bool IsRootDoc(string name) =>
        name.StartsWith(RootDoc, StringComparison.Ordinal)
        && (name.Length == RootDoc.Length || name[RootDoc.Length] is '.' or '[');

    private static List<string>? ConditionNames(BsonValue condition) => condition switch
    {
        BsonString name => [name.Value],
        BsonArray { Count: > 0 } names when names.All(name => name is BsonString) => names.Select(name => name.AsString).ToList(),
        _ => null,
    };
}
