using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§7.1 step 3: $ifarg, then $arg, then $fk per stage; non-document stages; the §7.2 test example.</summary>
public sealed class PipelineInterpolatorTests
{
    private const string ExampleOfSection72 = """
        [{"$match": {"author": {"$fk": "_id"}, "category": {"$arg": ["category", "backend"]}}},
         {"$ifarg": ["category", {"$addFields": {"flag": true}}, {"$addFields": {"flag": false}}]}]
        """;

    private static readonly BsonDocument Parent = Doc("""{"_id": 3}""");

    [Fact]
    public void The_section_7_2_example_with_the_argument_takes_the_then_stage() =>
        PipelineInterpolator.Interpolate(Aggregation(ExampleOfSection72), Doc("""{"category": "frontend"}"""), Parent).ShouldBe(
        [
            Doc("""{"$match": {"author": 3, "category": "frontend"}}"""),
            Doc("""{"$addFields": {"flag": true}}"""),
        ]);

    [Fact]
    public void The_section_7_2_example_without_the_argument_takes_the_default_and_the_else_stage() =>
        PipelineInterpolator.Interpolate(Aggregation(ExampleOfSection72), Doc("{}"), Parent).ShouldBe(
        [
            Doc("""{"$match": {"author": 3, "category": "backend"}}"""),
            Doc("""{"$addFields": {"flag": false}}"""),
        ]);

    [Fact]
    public void Arguments_inside_a_chosen_optional_stage_are_interpolated() =>
        PipelineInterpolator.Interpolate(Aggregation("""[{"$ifarg": ["n", {"$limit": {"$arg": "n"}}]}]"""), Doc("""{"n": 4}"""), null)
            .ShouldBe([Doc("""{"$limit": 4}""")]);

    [Fact]
    public void Every_stage_optional_and_dropped_gives_an_empty_pipeline() =>
        PipelineInterpolator.Interpolate(Aggregation("""[{"$ifarg": ["n", {"$limit": 1}]}]"""), Doc("{}"), null).ShouldBeEmpty();

    [Fact]
    public void A_stage_that_resolves_to_a_non_document_is_an_invalid_stage() =>
        Should.Throw<MappingException>(() => PipelineInterpolator.Interpolate(Aggregation("""[{"$arg": "s"}]"""), Doc("""{"s": "x"}"""), null))
            .Message.ShouldBe("invalid stage: \"x\"");

    [Fact]
    public void A_whole_stage_argument_that_is_a_document_is_the_stage() =>
        PipelineInterpolator.Interpolate(Aggregation("""[{"$arg": "s"}]"""), Doc("""{"s": {"$match": {"a": 1}}}"""), null).ShouldBe([Doc("""{"$match": {"a": 1}}""")]);

    [Fact]
    public void Unbound_arguments_in_stages_are_field_errors() =>
        Should.Throw<MappingException>(() => PipelineInterpolator.Interpolate(Aggregation("""[{"$match": {"a": {"$arg": "a"}}}]"""), Doc("{}"), null))
            .Message.ShouldBe("variable a not bound");

    [Fact]
    public void User_arguments_resolve_in_stages()
    {
        var arguments = ArgumentDocument.Build(new Dictionary<string, object?>(), null, Doc("""{"_id": "alice"}"""));

        PipelineInterpolator.Interpolate(Aggregation("""[{"$match": {"owner": {"$arg": ["@user._id", null]}}}]"""), arguments, null)
            .ShouldBe([Doc("""{"$match": {"owner": "alice"}}""")]);
    }

    [Fact]
    public void The_mapping_stages_are_left_unchanged()
    {
        var mapping = Aggregation(ExampleOfSection72);
        var before = mapping.Stages.Select(stage => stage.ToString()).ToList();

        _ = PipelineInterpolator.Interpolate(mapping, Doc("""{"category": "x"}"""), Parent);

        mapping.Stages.Select(stage => stage.ToString()).ShouldBe(before);
    }
}
