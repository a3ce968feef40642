using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§7.2: $ifarg conditions (one name, all names, present = key exists), then/else/drop.</summary>
public sealed class OptionalStagesTests
{
    private const string Then = """{"$addFields": {"flag": true}}""";
    private const string Else = """{"$addFields": {"flag": false}}""";

    [Theory]
    [InlineData("""{"category": "x"}""", "\"category\"", true, "then")]
    [InlineData("""{"category": null}""", "\"category\"", true, "then")]
    [InlineData("""{}""", "\"category\"", true, "else")]
    [InlineData("""{}""", "\"category\"", false, "dropped")]
    [InlineData("""{"a": 1, "b": 2}""", """["a", "b"]""", true, "then")]
    [InlineData("""{"a": 1}""", """["a", "b"]""", true, "else")]
    [InlineData("""{"a": 1}""", """["a", "b"]""", false, "dropped")]
    [InlineData("""{"options": {"limit": 1}}""", "\"options.limit\"", false, "then")]
    [InlineData("""{"ids": [1]}""", "\"ids[0]\"", false, "then")]
    [InlineData("""{"ids": [1]}""", "\"ids[1]\"", false, "dropped")]
    [InlineData("""{"rootDoc": {"g": 1}}""", "\"rootDoc.g\"", false, "then")]
    [InlineData("""{"@user": null}""", "\"@user._id\"", false, "dropped")]
    [InlineData("""{"@user": {"_id": 1}, "@user._id": 1}""", "\"@user._id\"", false, "then")]
    public void Optional_stages_become_then_else_or_nothing(string arguments, string condition, bool withElse, string outcome)
    {
        var optional = Doc($$"""{"$ifarg": [{{condition}}, {{Then}}{{(withElse ? ", " + Else : string.Empty)}}]}""");
        var stages = OptionalStages.Resolve([Doc("""{"$match": {}}"""), optional], Doc(arguments));

        var expected = outcome switch { "then" => new[] { "{\"$match\": {}}", Then }, "else" => ["{\"$match\": {}}", Else], _ => ["{\"$match\": {}}"] };
        stages.ShouldBe(expected.Select(Doc).ToList());
    }

    [Fact]
    public void Other_keys_of_an_optional_stage_are_ignored() =>
        OptionalStages.Resolve([Doc("""{"$ifarg": ["a", """ + Then + """], "$match": {"x": 1}}""")], Doc("{}")).ShouldBeEmpty();

    [Theory]
    [InlineData("""{"$ifarg": "a"}""")]
    [InlineData("""{"$ifarg": ["a"]}""")]
    [InlineData("""{"$ifarg": [1, {"$match": {}}]}""")]
    [InlineData("""{"$ifarg": ["a", "notastage"]}""")]
    [InlineData("""{"$ifarg": ["a", {"$match": {}}, 3]}""")]
    [InlineData("""{"$ifarg": [[], {"$match": {}}]}""")]
    public void Malformed_optional_stages_are_mapping_errors(string stage) =>
        Should.Throw<MappingException>(() => OptionalStages.Resolve([Doc(stage)], Doc("{}"))).Message.ShouldStartWith("invalid $ifarg stage: ");

    [Theory]
    [InlineData("""[{"$match": {"_id": {"$arg": "rootDoc._id"}}}]""", true)]
    [InlineData("""[{"$match": {"_id": {"$arg": ["rootDoc", null]}}}]""", true)]
    [InlineData("""[{"$match": {"_id": {"$arg": "rootDoc[0]"}}}]""", true)]
    [InlineData("""[{"$ifarg": ["rootDoc.x", {"$match": {}}]}]""", true)]
    [InlineData("""[{"$ifarg": [["a", "rootDoc"], {"$match": {}}]}]""", true)]
    [InlineData("""[{"$match": {"_id": {"$arg": "rootDocument"}}}]""", false)]
    [InlineData("""[{"$match": {"_id": {"$arg": "email"}, "r": "rootDoc"}}]""", false)]
    [InlineData("""[{"$match": {"_id": {"$fk": "rootDoc"}}}]""", false)]
    public void References_root_doc_detects_root_doc_names(string stages, bool expected) =>
        OptionalStages.ReferencesRootDoc(((BsonArray)Value(stages)).Cast<BsonDocument>().ToList()).ShouldBe(expected);
}
