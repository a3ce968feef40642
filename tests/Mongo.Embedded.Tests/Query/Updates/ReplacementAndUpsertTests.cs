using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Updates;

public sealed class ReplacementAndUpsertTests
{
    [Theory]
    [InlineData("{a: 1}", true)]
    [InlineData("{}", true)]
    [InlineData("{$set: {a: 1}}", false)]
    public void Documents_without_operators_are_replacements(string update, bool replacement) =>
        UpdateSpec.Parse(Json.Doc(update), null).IsReplacement.ShouldBe(replacement);

    [Theory]
    [InlineData("{_id: 1, a: 1, b: 2}", "{c: 3}", "{_id: 1, c: 3}")]
    [InlineData("{_id: 1, a: 1}", "{c: 3, _id: 1}", "{_id: 1, c: 3}")]
    [InlineData("{_id: 1, a: 1}", "{}", "{_id: 1}")]
    [InlineData("{a: 1}", "{c: 3}", "{c: 3}")]
    public void Replacement_keeps_the_id(string document, string replacement, string expected) =>
        UpdateSpec.Parse(Json.Doc(replacement), null).Apply(Json.Doc(document), false).ShouldBe(Json.Doc(expected));

    [Fact]
    public void Replacement_may_not_change_the_id()
    {
        var error = Should.Throw<QueryException>(() => UpdateSpec.Parse(Json.Doc("{_id: 2, a: 1}"), null).Apply(Json.Doc("{_id: 1}"), false));
        error.Code.ShouldBe(66);
        error.CodeName.ShouldBe("ImmutableField");
        error.Message.ShouldBe("After applying the update, the (immutable) field '_id' was found to have been altered to _id: 2");
    }

    [Theory]
    [InlineData("{}", "{}")]
    [InlineData("{a: 1}", "{a: 1}")]
    [InlineData("{a: 1, _id: 5}", "{_id: 5, a: 1}")]
    [InlineData("{a: {$eq: 1}}", "{a: 1}")]
    [InlineData("{a: {$gt: 1}}", "{}")]
    [InlineData("{a: {$in: [7]}}", "{a: 7}")]
    [InlineData("{a: {$in: [7, 8]}}", "{}")]
    [InlineData("{a: /x/}", "{}")]
    [InlineData("{'a.b': 1, 'a.c': 2}", "{a: {b: 1, c: 2}}")]
    [InlineData("{$and: [{a: 1}, {b: 2}]}", "{a: 1, b: 2}")]
    [InlineData("{$or: [{a: 1}]}", "{a: 1}")]
    [InlineData("{$or: [{a: 1}, {b: 2}]}", "{}")]
    [InlineData("{a: {b: 1}}", "{a: {b: 1}}")]
    [InlineData("{a: 1, $comment: 'c'}", "{a: 1}")]
    public void Upsert_seed_takes_the_equality_fields_of_the_filter(string filter, string expected) =>
        UpdateSpec.CreateUpsertSeed(Json.Doc(filter)).ShouldBe(Json.Doc(expected));

    [Theory]
    [InlineData("{$and: [{a: 1}, {a: 2}]}", "cannot infer query fields to set, path 'a' is matched twice")]
    [InlineData("{a: {b: 1}, 'a.b': 1}", "cannot infer query fields to set, both paths 'a.b' and 'a' are matched")]
    public void Upsert_seed_rejects_ambiguous_equalities(string filter, string message)
    {
        var error = Should.Throw<QueryException>(() => UpdateSpec.CreateUpsertSeed(Json.Doc(filter)));
        error.Code.ShouldBe(54);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Upsert_insert_applies_set_on_insert_and_puts_id_first()
    {
        var filter = Json.Doc("{a: 1}");
        var spec = UpdateSpec.Parse(Json.Doc("{$set: {b: 2, _id: 9}, $setOnInsert: {c: 3}}"), null);
        spec.Apply(UpdateSpec.CreateUpsertSeed(filter), isUpsertInsert: true).ShouldBe(Json.Doc("{_id: 9, a: 1, b: 2, c: 3}"));
    }

    [Fact]
    public void Set_on_insert_does_nothing_on_an_ordinary_update()
    {
        var spec = UpdateSpec.Parse(Json.Doc("{$setOnInsert: {c: 3}}"), null);
        spec.Apply(Json.Doc("{_id: 1}"), isUpsertInsert: false).ShouldBe(Json.Doc("{_id: 1}"));
    }

    [Fact]
    public void Upsert_insert_with_replacement_keeps_the_seed_id()
    {
        var spec = UpdateSpec.Parse(Json.Doc("{x: 1}"), null);
        spec.Apply(UpdateSpec.CreateUpsertSeed(Json.Doc("{_id: 3, y: 2}")), isUpsertInsert: true).ShouldBe(Json.Doc("{_id: 3, x: 1}"));
    }

    [Fact]
    public void Upsert_insert_may_not_change_an_id_taken_from_the_filter()
    {
        var spec = UpdateSpec.Parse(Json.Doc("{$set: {_id: 4}}"), null);
        Should.Throw<QueryException>(() => spec.Apply(UpdateSpec.CreateUpsertSeed(Json.Doc("{_id: 3}")), isUpsertInsert: true)).Code.ShouldBe(66);
    }

    [Fact]
    public void Positional_operator_fails_on_upsert_insert()
    {
        var spec = UpdateSpec.Parse(Json.Doc("{$set: {'a.$': 1}}"), null);
        var filter = QueryFilter.Parse(Json.Doc("{a: 5}"));
        Should.Throw<QueryException>(() => spec.Apply(UpdateSpec.CreateUpsertSeed(filter.Source), true, filter)).Code.ShouldBe(2);
    }
}
