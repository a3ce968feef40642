using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>
/// Check 4 of §2.5: the mappings of one object type. Field keys are not checked against the schema; unknown
/// ones are kept and ignored by the compiler, as in RESTHeart.
/// </summary>
internal sealed class ObjectMappingReader(DefinitionOptions options)
{
    public ObjectTypeMapping Read(string typeName, BsonValue mapping)
    {
        if (mapping is not BsonDocument fields)
        {
            throw new DefinitionException($"Error with mappings of type: {typeName}. Type mappings must be of type Object but was {BsonTypeNames.Of(mapping)}");
        }

        var result = new List<FieldMapping>(fields.Count);
        foreach (var (fieldName, value) in fields)
        {
            result.Add(value switch
            {
                BsonString path => new FieldPathMapping(typeName, fieldName, path.Value),
                BsonDocument document => ReadDocument(new MappingSite(typeName, fieldName), document),
                _ => throw new DefinitionException($"The mapping for {typeName}.{fieldName} must be a String or a Document, but it is a {BsonTypeNames.Of(value)}"),
            });
        }

        return new ObjectTypeMapping(typeName, result);
    }

    private FieldMapping ReadDocument(MappingSite site, BsonDocument mapping)
    {
        // §2.5 lists both presence checks before the type checks.
        var dbValue = Required(site, mapping, "db");
        var collectionValue = Required(site, mapping, "collection");
        var db = dbValue as BsonString ?? throw site.WrongType("db", "string", dbValue);
        // The real property name: RESTHeart says 'db' for a non-string collection (quirk 17), which misleads.
        var collection = collectionValue as BsonString ?? throw site.WrongType("collection", "string", collectionValue);
        if (options.RestrictMappingDb && db.Value != options.AppDefinitionDb)
        {
            throw new DefinitionException(
                $"The mapping for {site} uses db '{db.Value}' but the GraphQL app definition is stored in db '{options.AppDefinitionDb}'. " +
                "When 'restrict-mapping-db' is enabled, all mappings must use the same database as the app definition.");
        }

        return mapping.GetValueOrDefault("stages") is { } stages
            ? ReadAggregation(site, mapping, db.Value, collection.Value, stages)
            : ReadQuery(site, mapping, db.Value, collection.Value);
    }

    private static BsonValue Required(MappingSite site, BsonDocument mapping, string property) =>
        mapping.GetValueOrDefault(property) ?? throw new DefinitionException($"The mapping for {site} does not specify the property '{property}'");

    private static AggregationMapping ReadAggregation(MappingSite site, BsonDocument mapping, string db, string collection, BsonValue stagesValue)
    {
        // Quirk 17 fixed: RESTHeart names the property 'db' in this message.
        var stages = stagesValue as BsonArray ?? throw site.WrongType("stages", "ARRAY", stagesValue);
        var stageDocuments = new List<BsonDocument>(stages.Count);
        foreach (var stage in stages)
        {
            // Stricter than RESTHeart, which fails at run time with "invalid stage" (§7.1).
            var document = stage as BsonDocument
                ?? throw new DefinitionException($"The mapping for {site} requires every element of 'stages' to be a Object but one is a {BsonTypeNames.Of(stage)}");
            OperatorShapeChecker.CheckStage(site, document);
            stageDocuments.Add(document);
        }

        var allowDiskUse = mapping.GetValueOrDefault("allowDiskUse") switch
        {
            null => false,
            BsonBoolean flag => flag.Value,
            var other => throw site.WrongType("allowDiskUse", "Boolean", other),
        };
        return new AggregationMapping(site.TypeName, site.FieldName, db, collection, stageDocuments, allowDiskUse, ReadDataLoader(site, mapping));
    }

    private QueryMapping ReadQuery(MappingSite site, BsonDocument mapping, string db, string collection)
    {
        var find = OptionalDocument(site, mapping, "find");
        var sort = OptionalDocument(site, mapping, "sort");
        var limit = ReadLimit(site, mapping.GetValueOrDefault("limit"));
        var skip = ReadSkip(site, mapping.GetValueOrDefault("skip"));
        var dataLoader = ReadDataLoader(site, mapping);
        foreach (var expression in new BsonValue?[] { find, sort, limit, skip })
        {
            if (expression is not null)
            {
                OperatorShapeChecker.CheckExpression(site, expression);
            }
        }

        CheckCountExpression(site, "limit", limit, options.MaxLimit);
        CheckCountExpression(site, "skip", skip, maxValue: null);

        return new QueryMapping(site.TypeName, site.FieldName, db, collection, find, sort, skip, limit, dataLoader);
    }

    private BsonValue ReadLimit(MappingSite site, BsonValue? limit)
    {
        switch (limit)
        {
            case null:
                return options.DefaultLimit;
            case BsonDocument:
                return limit;
            case BsonInt32 number when number.Value > options.MaxLimit:
                // "grater" is RESTHeart's text, kept: it is what users and the tests see (§2.5).
                throw new DefinitionException($"Error with field 'limit' of type {site.TypeName}, value cannot be grater than {options.MaxLimit}");
            case BsonInt32 number when number.Value < 0:
                // Stricter: a negative limit means "one batch of |n|" in MongoDB (§6.5), never what a mapping means.
                throw new DefinitionException($"Error with field 'limit' of type {site.TypeName}, value cannot be negative");
            case BsonInt32:
                return limit;
            default:
                throw site.WrongType("limit", "Object", limit);
        }
    }

    private static BsonValue? ReadSkip(MappingSite site, BsonValue? skip)
    {
        switch (skip)
        {
            case null or BsonDocument:
                return skip;
            case BsonInt32 number when number.Value < 0:
                // Stricter: MongoDB rejects a negative skip at run time (§6.5).
                throw new DefinitionException($"Error with field 'skip' of type {site.TypeName}, value cannot be negative");
            case BsonInt32:
                return skip;
            case { IsNumeric: true }:
                // Stricter: RESTHeart accepts any number here, then fails at run time unless it is an Int32 (§6.5).
                throw site.WrongType("skip", "Int32", skip);
            default:
                throw site.WrongType("skip", "Object", skip);
        }
    }

    /// <summary>
    /// Stricter than RESTHeart (§6.5): a document <c>limit</c>/<c>skip</c> must be an operator that can yield a count,
    /// <c>{"$arg": …}</c> or <c>{"$fk": …}</c>; any other document can only fail at run time. A <c>$arg</c> default obeys
    /// the numeric rules (Int32, not negative, limit ≤ max-limit), since it is used as is.
    /// </summary>
    private static void CheckCountExpression(MappingSite site, string property, BsonValue? value, int? maxValue)
    {
        if (value is not BsonDocument expression)
        {
            return;
        }

        if (expression.Contains("$fk") || expression is { Count: 1 } && expression[0] is { Name: "$arg", Value: BsonString })
        {
            return;
        }

        if (expression is not { Count: 1 } || expression[0] is not { Name: "$arg", Value: BsonArray and [_, var fallback] })
        {
            throw new DefinitionException(
                $"The mapping for {site} has an invalid {property}: {expression}. Expected an Int32, {{\"$arg\": \"name\"}}, {{\"$arg\": [\"name\", <default>]}} or {{\"$fk\": \"path\"}}");
        }

        switch (fallback)
        {
            case not BsonInt32:
                throw new DefinitionException($"The mapping for {site} requires the default of '{property}' to be a Int32 but it is a {BsonTypeNames.Of(fallback)}");
            case BsonInt32 number when number.Value < 0:
                throw new DefinitionException($"Error with field '{property}' of type {site.TypeName}, value cannot be negative");
            case BsonInt32 number when number.Value > maxValue:
                throw new DefinitionException($"Error with field '{property}' of type {site.TypeName}, value cannot be grater than {maxValue}");
        }
    }

    private static BsonDocument? OptionalDocument(MappingSite site, BsonDocument mapping, string property) =>
        mapping.GetValueOrDefault(property) switch
        {
            null => null,
            BsonDocument document => document,
            var other => throw site.WrongType(property, "Object", other),
        };

    // §9.1: defaults false; maxBatchSize is read only when batching is a boolean, and ≤ 0 means unlimited.
    private static DataLoaderSettings ReadDataLoader(MappingSite site, BsonDocument mapping)
    {
        var settings = OptionalDocument(site, mapping, "dataLoader");
        if (settings is null)
        {
            return DataLoaderSettings.None;
        }

        var batching = settings.GetValueOrDefault("batching") as BsonBoolean;
        var caching = settings.GetValueOrDefault("caching") is BsonBoolean { Value: true };
        var maxBatchSize = batching is not null && settings.GetValueOrDefault("maxBatchSize") is BsonInt32 { Value: > 0 } size ? size.Value : 0;
        return new DataLoaderSettings(batching?.Value ?? false, caching, maxBatchSize);
    }
}
