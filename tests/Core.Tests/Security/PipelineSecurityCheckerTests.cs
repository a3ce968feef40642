using Serverless.Bson;
using Serverless.Core.Security;

namespace Serverless.Core.Tests.Security;

/// <summary>§7.5: defaults, case-insensitive stages, cross-db, JavaScript, recursive operator scan, message format.</summary>
public sealed class PipelineSecurityCheckerTests
{
    private const string Prefix = "GraphQL aggregation pipeline security violation: Security violation: ";

    private static readonly PipelineSecurityChecker Defaults = new(PipelineSecurityOptions.Default);

    private static readonly PipelineSecurityChecker NoStageBlacklist = new(PipelineSecurityOptions.Default with
    {
        BlacklistedStages = new HashSet<string>(),
    });

    private static readonly PipelineSecurityChecker NothingBlacklisted = new(PipelineSecurityOptions.Default with
    {
        BlacklistedStages = new HashSet<string>(),
        BlacklistedOperators = new HashSet<string>(),
    });

    [Theory]
    [InlineData("""[{"$match": {"a": 1}}, {"$group": {"_id": "$a", "n": {"$sum": 1}}}, {"$sort": {"n": -1}}]""")]
    [InlineData("""[]""")]
    [InlineData("""[{"$match": {"where": "$where is a value, not a key"}}]""")]
    [InlineData("""[{"$project": {"function": 1}}]""")]
    public void Safe_pipelines_pass_the_defaults(string pipeline) =>
        Defaults.Check(Pipeline(pipeline), "db").ShouldBeNull();

    [Theory]
    [InlineData("""[{"$match": {}}, {"$lookup": {"from": "b", "localField": "x", "foreignField": "y", "as": "z"}}]""", "BLACKLISTED_STAGE operator '$lookup' at pipeline[1] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$out": "c"}]""", "BLACKLISTED_STAGE operator '$out' at pipeline[0] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$merge": {"into": "c"}}]""", "BLACKLISTED_STAGE operator '$merge' at pipeline[0] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$graphLookup": {"from": "c"}}]""", "BLACKLISTED_STAGE operator '$graphLookup' at pipeline[0] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$unionWith": "c"}]""", "BLACKLISTED_STAGE operator '$unionWith' at pipeline[0] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$LOOKUP": {"from": "b"}}]""", "BLACKLISTED_STAGE operator '$LOOKUP' at pipeline[0] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$graphlookup": {"from": "b"}}]""", "BLACKLISTED_STAGE operator '$graphlookup' at pipeline[0] - Pipeline stage is in security blacklist")]
    [InlineData("""[{"$match": {"$where": "this.a > 1"}}]""", "BLACKLISTED_OPERATOR operator '$where' at pipeline[0].$match - Operator is in security blacklist")]
    [InlineData("""[{"$match": {"$expr": {"$and": [{"$eq": [1, 1]}, {"$function": {"body": "f", "args": [], "lang": "js"}}]}}}]""", "BLACKLISTED_OPERATOR operator '$function' at pipeline[0].$match.$expr.$and[1] - Operator is in security blacklist")]
    [InlineData("""[{"$group": {"_id": null, "x": {"$ACCUMULATOR": {}}}}]""", "BLACKLISTED_OPERATOR operator '$ACCUMULATOR' at pipeline[0].$group.x - Operator is in security blacklist")]
    [InlineData("""[{"$where": "1"}]""", "JAVASCRIPT_EXECUTION operator '$where' at pipeline[0] - JavaScript execution is disabled by security policy")]
    [InlineData("""[{"$Function": {}}]""", "JAVASCRIPT_EXECUTION operator '$Function' at pipeline[0] - JavaScript execution is disabled by security policy")]
    [InlineData("""[{"$match": {"$where": "x"}}, {"$out": "c"}]""", "BLACKLISTED_OPERATOR operator '$where' at pipeline[0].$match - Operator is in security blacklist")]
    [InlineData("""[{"$match": {"a": 1}, "$out": "c"}]""", "BLACKLISTED_STAGE operator '$out' at pipeline[0] - Pipeline stage is in security blacklist")]
    public void Default_violations_name_the_type_operator_location_and_reason(string pipeline, string violation) =>
        Defaults.Check(Pipeline(pipeline), "db").ShouldBe(Prefix + violation);

    [Theory]
    [InlineData("""[{"$lookup": {"from": "other.c", "as": "z"}}]""", "CROSS_DATABASE_ACCESS operator '$lookup' at pipeline[0] - Stage references database 'other' but request is for database 'db'")]
    [InlineData("""[{"$graphLookup": {"from": "other.c.d"}}]""", "CROSS_DATABASE_ACCESS operator '$graphLookup' at pipeline[0] - Stage references database 'other' but request is for database 'db'")]
    [InlineData("""[{"$unionWith": {"coll": "other.c"}}]""", "CROSS_DATABASE_ACCESS operator '$unionWith' at pipeline[0] - Stage references database 'other' but request is for database 'db'")]
    [InlineData("""[{"$lookup": {"from": {"db": "other", "coll": "c"}, "as": "z"}}]""", "CROSS_DATABASE_ACCESS operator '$lookup' at pipeline[0] - Stage references database 'other' but request is for database 'db'")]
    [InlineData("""[{"$out": "other.c"}]""", "CROSS_DATABASE_OUTPUT operator '$out' at pipeline[0] - Stage outputs to database 'other' but request is for database 'db'")]
    [InlineData("""[{"$out": {"db": "other", "coll": "c"}}]""", "CROSS_DATABASE_OUTPUT operator '$out' at pipeline[0] - Stage outputs to database 'other' but request is for database 'db'")]
    [InlineData("""[{"$merge": {"into": {"db": "other", "coll": "c"}}}]""", "CROSS_DATABASE_OUTPUT operator '$merge' at pipeline[0] - Stage outputs to database 'other' but request is for database 'db'")]
    [InlineData("""[{"$merge": {"into": "other.c"}}]""", "CROSS_DATABASE_OUTPUT operator '$merge' at pipeline[0] - Stage outputs to database 'other' but request is for database 'db'")]
    [InlineData("""[{"$lookup": {"from": "b", "pipeline": [{"$match": {"$where": "1"}}], "as": "z"}}]""", "BLACKLISTED_OPERATOR operator '$where' at pipeline[0].$lookup.pipeline[0].$match - Operator is in security blacklist")]
    public void Cross_database_references_are_refused_when_the_stage_itself_is_allowed(string pipeline, string violation) =>
        NoStageBlacklist.Check(Pipeline(pipeline), "db").ShouldBe(Prefix + violation);

    [Theory]
    [InlineData("""[{"$lookup": {"from": "db.c", "as": "z"}}]""")]
    [InlineData("""[{"$lookup": {"from": "c", "as": "z"}}]""")]
    [InlineData("""[{"$unionWith": "c"}]""")]
    [InlineData("""[{"$out": "c"}]""")]
    [InlineData("""[{"$merge": {"into": {"db": "db", "coll": "c"}}}]""")]
    [InlineData("""[{"$merge": {"into": {"coll": "c"}}}]""")]
    public void Same_database_references_pass_when_the_stage_itself_is_allowed(string pipeline) =>
        NoStageBlacklist.Check(Pipeline(pipeline), "db").ShouldBeNull();

    [Fact]
    public void Cross_database_operations_can_be_allowed()
    {
        var checker = new PipelineSecurityChecker(PipelineSecurityOptions.Default with { BlacklistedStages = new HashSet<string>(), AllowCrossDatabaseOperations = true });

        checker.Check(Pipeline("""[{"$lookup": {"from": "other.c", "as": "z"}}, {"$out": {"db": "x", "coll": "y"}}]"""), "db").ShouldBeNull();
    }

    [Fact]
    public void Javascript_stages_can_be_allowed_while_operators_stay_blacklisted()
    {
        var checker = new PipelineSecurityChecker(PipelineSecurityOptions.Default with { AllowJavaScriptExecution = true });

        checker.Check(Pipeline("""[{"$where": "1"}]"""), "db").ShouldBeNull();
        checker.Check(Pipeline("""[{"$match": {"$where": "1"}}]"""), "db").ShouldBe(Prefix + "BLACKLISTED_OPERATOR operator '$where' at pipeline[0].$match - Operator is in security blacklist");
    }

    [Fact]
    public void Javascript_checks_apply_even_with_empty_blacklists() =>
        NothingBlacklisted.Check(Pipeline("""[{"$accumulator": {}}]"""), "db")
            .ShouldBe(Prefix + "JAVASCRIPT_EXECUTION operator '$accumulator' at pipeline[0] - JavaScript execution is disabled by security policy");

    [Fact]
    public void Configured_blacklists_compare_case_insensitively_whatever_the_set_comparer()
    {
        var checker = new PipelineSecurityChecker(PipelineSecurityOptions.Default with
        {
            BlacklistedStages = new HashSet<string>(StringComparer.Ordinal) { "$SAMPLE" },
            BlacklistedOperators = new HashSet<string>(StringComparer.Ordinal) { "$RAND" },
        });

        checker.Check(Pipeline("""[{"$sample": {"size": 1}}]"""), "db").ShouldBe(Prefix + "BLACKLISTED_STAGE operator '$sample' at pipeline[0] - Pipeline stage is in security blacklist");
        checker.Check(Pipeline("""[{"$project": {"r": {"$rand": {}}}}]"""), "db").ShouldBe(Prefix + "BLACKLISTED_OPERATOR operator '$rand' at pipeline[0].$project.r - Operator is in security blacklist");
        checker.Check(Pipeline("""[{"$lookup": {"from": "c"}}]"""), "db").ShouldBeNull();
    }

    [Fact]
    public void A_disabled_checker_allows_everything() =>
        new PipelineSecurityChecker(PipelineSecurityOptions.Default with { Enabled = false })
            .Check(Pipeline("""[{"$out": "other.c"}, {"$where": "1"}, {"$match": {"$function": {}}}]"""), "db").ShouldBeNull();

    [Fact]
    public void The_defaults_are_the_references()
    {
        var defaults = PipelineSecurityOptions.Default;

        defaults.Enabled.ShouldBeTrue();
        defaults.BlacklistedStages.Order(StringComparer.Ordinal).ShouldBe(["$graphLookup", "$lookup", "$merge", "$out", "$unionWith"]);
        defaults.BlacklistedOperators.Order(StringComparer.Ordinal).ShouldBe(["$accumulator", "$function", "$where"]);
        defaults.AllowCrossDatabaseOperations.ShouldBeFalse();
        defaults.AllowJavaScriptExecution.ShouldBeFalse();
    }

    private static List<BsonDocument> Pipeline(string json) => ((BsonArray)ExtendedJson.Parse(json)).Cast<BsonDocument>().ToList();
}
