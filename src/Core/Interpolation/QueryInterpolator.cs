using Serverless.Bson;
using Serverless.Core.Definitions;

namespace Serverless.Core.Interpolation;

/// <summary>
/// Interpolates a query mapping for one invocation (§6.1 steps 3–4, §6.5). Limit rule, the §6.5 [REC] taken:
/// a limit of 0 or none means the default limit (never "unlimited"), and a limit above max-limit is the field
/// error <c>Query variable cannot be greater than &lt;max&gt;</c> rather than a silent clamp, so the caller learns
/// why fewer documents came back. Negative limits and skips are errors (MongoDB would read a negative limit as
/// "one batch" and reject a negative skip).
/// </summary>
public static class QueryInterpolator
{
    public static InterpolatedQuery Interpolate(QueryMapping mapping, BsonDocument arguments, BsonDocument? parent, int defaultLimit, int maxLimit)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultLimit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLimit);

        var find = mapping.Find is null ? BsonDocument.Empty : AsDocument("find", Resolve(mapping.Find, arguments, parent));
        var sort = mapping.Sort is null ? null : AsDocument("sort", Resolve(mapping.Sort, arguments, parent));
        var skip = mapping.Skip is null ? 0 : AsInt32("skip", Resolve(mapping.Skip, arguments, parent));
        if (skip < 0)
        {
            throw new MappingException("Query variable skip cannot be negative");
        }

        var limit = AsInt32("limit", Resolve(mapping.Limit, arguments, parent));
        if (limit < 0)
        {
            throw new MappingException("Query variable limit cannot be negative");
        }

        if (limit > maxLimit)
        {
            throw new MappingException($"Query variable cannot be greater than {maxLimit}");
        }

        return new InterpolatedQuery(find, sort is { Count: 0 } ? null : sort, skip, limit == 0 ? defaultLimit : limit);
    }

    // Plain numbers pass through; only documents are interpolated (§6.1 step 3): $arg first, then $fk.
    private static BsonValue Resolve(BsonValue template, BsonDocument arguments, BsonDocument? parent) =>
        template is BsonDocument
            ? ForeignKeyInterpolator.Interpolate(ArgInterpolator.Interpolate(template, arguments), parent)
            : template;

    private static BsonDocument AsDocument(string property, BsonValue value) =>
        value as BsonDocument
        ?? throw new MappingException($"Query variable {property} must be a document but it is {value}");

    private static int AsInt32(string property, BsonValue value) =>
        value is BsonInt32 number
            ? number.Value
            : throw new MappingException($"Query variable {property} must be an Int32 but it is {value}");
}
