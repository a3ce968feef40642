using Serverless.Bson;
using Serverless.Core.Interpolation;
using static Serverless.Core.Tests.Interpolation.BsonFixtures;

namespace Serverless.Core.Tests.Interpolation;

/// <summary>§6.1 step 2 / §7.1 step 2: GraphQL arguments as BSON, rootDoc, @user and its flattened keys.</summary>
public sealed class ArgumentDocumentTests
{
    public static TheoryData<object?, string> Conversions => new()
    {
        { null, "null" },
        { "text", "\"text\"" },
        { true, "true" },
        { 42, """{"$numberInt": "42"}""" },
        { 42L, """{"$numberLong": "42"}""" },
        { 1.5, """{"$numberDouble": "1.5"}""" },
        { 1.5f, """{"$numberDouble": "1.5"}""" },
        { (short)7, """{"$numberInt": "7"}""" },
        { 7u, """{"$numberLong": "7"}""" },
        { 12.25m, """{"$numberDecimal": "12.25"}""" },
        { new object?[] { 1, "a", null }, """[{"$numberInt": "1"}, "a", null]""" },
        { new Dictionary<string, object?> { ["a"] = 1, ["b"] = new List<object?> { "x" } }, """{"a": {"$numberInt": "1"}, "b": ["x"]}""" },
        { new BsonObjectId(ObjectId.Parse("5f1e1c2b3a4d5e6f70819203")), """{"$oid": "5f1e1c2b3a4d5e6f70819203"}""" },
        { DateTimeOffset.FromUnixTimeMilliseconds(1000), """{"$date": {"$numberLong": "1000"}}""" },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Clr_values_convert_to_their_bson_counterparts(object? value, string expectedCanonicalJson) =>
        ExtendedJson.Serialize(ArgumentDocument.ToBson(value), ExtendedJsonMode.Canonical).ShouldBe(ExtendedJson.Serialize(Value(expectedCanonicalJson), ExtendedJsonMode.Canonical));

    [Fact]
    public void Unknown_clr_types_are_refused_rather_than_guessed() =>
        Should.Throw<ArgumentException>(() => ArgumentDocument.ToBson(new Uri("http://x")));

    [Fact]
    public void Level_one_anonymous_arguments_hold_the_arguments_and_a_null_user()
    {
        var arguments = ArgumentDocument.Build(new Dictionary<string, object?> { ["email"] = "a@b.c", ["limit"] = 3 }, rootDoc: null, user: null);

        arguments.ShouldBe(Doc("""{"email": "a@b.c", "limit": 3, "@user": null}"""));
    }

    [Fact]
    public void Root_document_and_user_properties_are_added_with_flattened_user_keys()
    {
        var arguments = ArgumentDocument.Build(
            new Dictionary<string, object?> { ["x"] = 1 },
            rootDoc: Doc("""{"_id": 7, "properties": {"group": "g"}}"""),
            user: Doc("""{"_id": "alice", "roles": ["admin"]}"""));

        arguments.ShouldBe(Doc("""
            {"x": 1, "rootDoc": {"_id": 7, "properties": {"group": "g"}}, "@user": {"_id": "alice", "roles": ["admin"]},
             "@user._id": "alice", "@user.roles": ["admin"]}
            """));
        ArgumentPath.TryResolve(arguments, "rootDoc.properties.group", out var group).ShouldBeTrue();
        group.ShouldBe(new BsonString("g"));
    }

    [Fact]
    public void The_me_idiom_resolves_for_a_user_and_defaults_for_anonymous()
    {
        var me = Value("""{"_id": {"$arg": ["@user._id", null]}}""");

        ArgInterpolator.Interpolate(me, ArgumentDocument.Build(new Dictionary<string, object?>(), null, Doc("""{"_id": "alice"}""")))
            .ShouldBe(Value("""{"_id": "alice"}"""));
        ArgInterpolator.Interpolate(me, ArgumentDocument.Build(new Dictionary<string, object?>(), null, null))
            .ShouldBe(Value("""{"_id": null}"""));
    }
}
