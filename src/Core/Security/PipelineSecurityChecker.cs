using Serverless.Bson;

namespace Serverless.Core.Security;

/// <summary>
/// Checks an interpolated aggregation pipeline before it runs (§7.5). Per stage, per stage key in order: the
/// stage blacklist, then (unless allowed) cross-database references and JavaScript stages, then a recursive scan of
/// the stage body for blacklisted operators. The first violation wins. Query-mapping <c>find</c> filters are not
/// checked, as in RESTHeart.
/// </summary>
public sealed class PipelineSecurityChecker
{
    private const string Prefix = "GraphQL aggregation pipeline security violation: Security violation: ";

    private static readonly HashSet<string> JavaScriptStages = new(["$where", "$function", "$accumulator"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> CollectionReferencingStages = new(["$lookup", "$graphLookup", "$unionWith"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> OutputStages = new(["$out", "$merge"], StringComparer.OrdinalIgnoreCase);

    private readonly PipelineSecurityOptions _options;
    private readonly HashSet<string> _blacklistedStages;
    private readonly HashSet<string> _blacklistedOperators;

    public PipelineSecurityChecker(PipelineSecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;

        // Copied with a case-insensitive comparer whatever set the caller built (§7.5: compared case-insensitively).
        _blacklistedStages = new HashSet<string>(options.BlacklistedStages, StringComparer.OrdinalIgnoreCase);
        _blacklistedOperators = new HashSet<string>(options.BlacklistedOperators, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Null when the pipeline is allowed; otherwise the field error text
    /// <c>GraphQL aggregation pipeline security violation: Security violation: &lt;TYPE&gt; operator '&lt;op&gt;' at pipeline[&lt;i&gt;][.&lt;path&gt;] - &lt;reason&gt;</c>.
    /// </summary>
    public string? Check(IReadOnlyList<BsonDocument> pipeline, string database)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(database);
        if (!_options.Enabled)
        {
            return null;
        }

        for (var index = 0; index < pipeline.Count; index++)
        {
            if (CheckStage(pipeline[index], database, $"pipeline[{index}]") is { } violation)
            {
                return Prefix + violation;
            }
        }

        return null;
    }

    private string? CheckStage(BsonDocument stage, string database, string location)
    {
        foreach (var (name, body) in stage)
        {
            if (_blacklistedStages.Contains(name))
            {
                return Violation("BLACKLISTED_STAGE", name, location, "Pipeline stage is in security blacklist");
            }

            if (!_options.AllowCrossDatabaseOperations && CheckCrossDatabase(name, body, database, location) is { } crossDatabase)
            {
                return crossDatabase;
            }

            if (!_options.AllowJavaScriptExecution && JavaScriptStages.Contains(name))
            {
                return Violation("JAVASCRIPT_EXECUTION", name, location, "JavaScript execution is disabled by security policy");
            }

            if (ScanOperators(body, $"{location}.{name}") is { } blacklisted)
            {
                return blacklisted;
            }
        }

        return null;
    }

    private static string? CheckCrossDatabase(string stageName, BsonValue body, string database, string location)
    {
        if (CollectionReferencingStages.Contains(stageName))
        {
            return ReferencedDatabase(body) is { } referenced && referenced != database
                ? Violation("CROSS_DATABASE_ACCESS", stageName, location, $"Stage references database '{referenced}' but request is for database '{database}'")
                : null;
        }

        if (OutputStages.Contains(stageName))
        {
            return OutputDatabase(body) is { } target && target != database
                ? Violation("CROSS_DATABASE_OUTPUT", stageName, location, $"Stage outputs to database '{target}' but request is for database '{database}'")
                : null;
        }

        return null;
    }

    /// <summary>
    /// <c>from</c> (or <c>coll</c> for <c>$unionWith</c>) as <c>"db.coll"</c> like RESTHeart, and also the
    /// <c>{db, coll}</c> form MongoDB accepts for <c>from</c>, which RESTHeart does not look at.
    /// </summary>
    private static string? ReferencedDatabase(BsonValue body)
    {
        if (body is not BsonDocument stage)
        {
            return null;
        }

        var reference = stage.GetValueOrDefault("from") ?? stage.GetValueOrDefault("coll");
        return reference switch
        {
            BsonString { Value: var name } when name.Contains('.', StringComparison.Ordinal) => name[..name.IndexOf('.', StringComparison.Ordinal)],
            BsonDocument namespaceDocument when namespaceDocument.GetValueOrDefault("db") is BsonString db => db.Value,
            _ => null,
        };
    }

    /// <summary>
    /// <c>$merge</c>/<c>$out</c> target: <c>into: {db}</c>, <c>into</c> or the stage value as <c>"db.coll"</c>
    /// (RESTHeart), and <c>$out: {db, coll}</c> (MongoDB's form, which RESTHeart misses).
    /// </summary>
    private static string? OutputDatabase(BsonValue body)
    {
        var target = body is BsonDocument stage && stage.GetValueOrDefault("into") is { } into ? into : body;
        return target switch
        {
            BsonString { Value: var name } when name.Contains('.', StringComparison.Ordinal) => name[..name.IndexOf('.', StringComparison.Ordinal)],
            BsonDocument namespaceDocument when namespaceDocument.GetValueOrDefault("db") is BsonString db => db.Value,
            _ => null,
        };
    }

    private string? ScanOperators(BsonValue value, string location)
    {
        switch (value)
        {
            case BsonDocument document:
                foreach (var (key, child) in document)
                {
                    if (_blacklistedOperators.Contains(key))
                    {
                        return Violation("BLACKLISTED_OPERATOR", key, location, "Operator is in security blacklist");
                    }

                    if (ScanOperators(child, $"{location}.{key}") is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case BsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    if (ScanOperators(array[index], $"{location}[{index}]") is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Violation(string type, string operatorName, string location, string reason) =>
        $"{type} operator '{operatorName}' at {location} - {reason}";
}
