using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// Definition-time shape checks of the mapping operators, which RESTHeart defers to run time ([REC]s of §6.2 and
/// §7.2): <c>{"$arg": "name"}</c> or <c>{"$arg": ["name", default]}</c>; <c>$fk</c> holding a string path;
/// <c>{"$ifarg": [condition, stage, elseStage?]}</c> with a name or non-empty array of names as condition.
/// </summary>
internal static class OperatorShapeChecker
{
    public static void CheckStage(MappingSite site, BsonDocument stage)
    {
        if (!stage.TryGetValue("$ifarg", out var optional))
        {
            CheckExpression(site, stage);
            return;
        }

        if (optional is not BsonArray { Count: 2 or 3 } parts || !IsCondition(parts[0]) || parts.Skip(1).Any(part => part is not BsonDocument))
        {
            throw new DefinitionException(
                $"The mapping for {site} has an invalid $ifarg stage: {stage}. " +
                "Expected {\"$ifarg\": [<argument name or array of names>, <stage>, <optional else stage>]}");
        }

        foreach (var branch in parts.Skip(1))
        {
            CheckExpression(site, branch);
        }
    }

    /// <summary>Walks documents and arrays at any depth, where interpolation also reaches (§6.2).</summary>
    public static void CheckExpression(MappingSite site, BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                // Only a document whose single key is $arg is the operator (§6.2); with other keys it is literal.
                if (document.Count == 1 && document.TryGetValue("$arg", out var argument) && !IsArgument(argument))
                {
                    throw new DefinitionException(
                        $"The mapping for {site} has an invalid $arg: {document}. Expected {{\"$arg\": \"name\"}} or {{\"$arg\": [\"name\", <default>]}}");
                }

                // Any document containing $fk is the operator, whatever its other keys (§6.3).
                if (document.TryGetValue("$fk", out var foreignKey) && foreignKey is not BsonString)
                {
                    throw new DefinitionException($"The mapping for {site} has an invalid $fk: {document}. Expected {{\"$fk\": \"path\"}}");
                }

                foreach (var element in document)
                {
                    CheckExpression(site, element.Value);
                }

                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    CheckExpression(site, item);
                }

                break;
        }
    }

    private static bool IsArgument(BsonValue value) =>
        value is BsonString || value is BsonArray { Count: 2 } pair && pair[0] is BsonString;

    private static bool IsCondition(BsonValue value) =>
        value is BsonString || value is BsonArray { Count: > 0 } names && names.All(name => name is BsonString);
}
