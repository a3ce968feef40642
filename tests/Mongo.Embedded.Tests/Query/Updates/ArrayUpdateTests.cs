using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Updates;

public sealed class ArrayUpdateTests
{
    [Theory]
    [InlineData("{grades: 80}", "{$set: {'grades.$': 82}}", "{_id: 1, grades: [82, 85, 80], items: [{q: 1, p: 1}, {q: 5, p: 2}]}")]
    [InlineData("{grades: {$gt: 80}}", "{$inc: {'grades.$': 1}}", "{_id: 1, grades: [80, 86, 80], items: [{q: 1, p: 1}, {q: 5, p: 2}]}")]
    [InlineData("{'items.q': 5}", "{$set: {'items.$.p': 9}}", "{_id: 1, grades: [80, 85, 80], items: [{q: 1, p: 1}, {q: 5, p: 9}]}")]
    [InlineData("{items: {$elemMatch: {q: {$gt: 0}, p: 2}}}", "{$unset: {'items.$.q': 1}}", "{_id: 1, grades: [80, 85, 80], items: [{q: 1, p: 1}, {p: 2}]}")]
    [InlineData("{_id: 1, grades: 85}", "{$set: {'grades.$': 0}}", "{_id: 1, grades: [80, 0, 80], items: [{q: 1, p: 1}, {q: 5, p: 2}]}")]
    public void Positional_operator_updates_the_first_matched_element(string filter, string update, string expected)
    {
        var document = Json.Doc("{_id: 1, grades: [80, 85, 80], items: [{q: 1, p: 1}, {q: 5, p: 2}]}");
        UpdateSpec.Parse(Json.Doc(update), null)
            .Apply(document, isUpsertInsert: false, QueryFilter.Parse(Json.Doc(filter)))
            .ShouldBe(Json.Doc(expected));
    }

    [Fact]
    public void Positional_operator_without_a_matching_query_condition_fails()
    {
        var spec = UpdateSpec.Parse(Json.Doc("{$set: {'grades.$': 1}}"), null);
        spec.UsesPositional.ShouldBeTrue();
        var error = Should.Throw<QueryException>(() => spec.Apply(Json.Doc("{_id: 1, grades: [1]}"), false, QueryFilter.Parse(Json.Doc("{_id: 1}"))));
        error.Code.ShouldBe(2);
        error.Message.ShouldBe("The positional operator did not find the match needed from the query.");
    }

    [Theory]
    [InlineData("{$inc: {'a.$[]': 1}}", "{_id: 1, a: [2, 3, 4], b: [{c: 1, d: [1, 2]}, {c: 5, d: [3]}]}")]
    [InlineData("{$set: {'b.$[].c': 0}}", "{_id: 1, a: [1, 2, 3], b: [{c: 0, d: [1, 2]}, {c: 0, d: [3]}]}")]
    [InlineData("{$inc: {'b.$[].d.$[]': 10}}", "{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [11, 12]}, {c: 5, d: [13]}]}")]
    [InlineData("{$push: {'b.$[].d': 0}}", "{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [1, 2, 0]}, {c: 5, d: [3, 0]}]}")]
    public void All_positional_updates_every_element(string update, string expected) =>
        UpdateSpec.Parse(Json.Doc(update), null)
            .Apply(Json.Doc("{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [1, 2]}, {c: 5, d: [3]}]}"), isUpsertInsert: false)
            .ShouldBe(Json.Doc(expected));

    [Theory]
    [InlineData("{$set: {'a.$[x]': 0}}", "[{x: {$gte: 2}}]", "{_id: 1, a: [1, 0, 0], b: [{c: 1, d: [1, 2]}, {c: 5, d: [3]}]}")]
    [InlineData("{$set: {'b.$[e].c': 0}}", "[{'e.c': {$gt: 2}}]", "{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [1, 2]}, {c: 0, d: [3]}]}")]
    [InlineData("{$inc: {'b.$[e].d.$[f]': 100}}", "[{'e.c': 1}, {f: {$lt: 2}}]", "{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [101, 2]}, {c: 5, d: [3]}]}")]
    [InlineData("{$set: {'a.$[x]': 0}}", "[{x: 99}]", "{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [1, 2]}, {c: 5, d: [3]}]}")]
    [InlineData("{$set: {'b.$[e].c': 7}}", "[{$or: [{'e.c': 1}, {'e.c': 5}]}]", "{_id: 1, a: [1, 2, 3], b: [{c: 7, d: [1, 2]}, {c: 7, d: [3]}]}")]
    public void Filtered_positional_updates_the_elements_the_array_filter_selects(string update, string arrayFilters, string expected) =>
        UpdateSpec.Parse(Json.Doc(update), Json.Array(arrayFilters))
            .Apply(Json.Doc("{_id: 1, a: [1, 2, 3], b: [{c: 1, d: [1, 2]}, {c: 5, d: [3]}]}"), isUpsertInsert: false)
            .ShouldBe(Json.Doc(expected));

    [Theory]
    [InlineData("{$set: {'a.$[x]': 1}}", null, 2, "No array filter found for identifier 'x' in path 'a.$[x]'")]
    [InlineData("{$set: {a: 1}}", "[{x: 1}]", 9, "The array filter for identifier 'x' was not used in the update")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[{x: 1}, {x: 2}]", 9, "Found multiple array filters with the same top-level field name x")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[{x: 1, y: 2}]", 9, "Expected a single top-level field name, found 'x' and 'y'")]
    [InlineData("{$set: {'a.$[X]': 1}}", "[{X: 1}]", 2, "must be an alphanumeric string beginning with a lowercase letter, found 'X'")]
    [InlineData("{$set: {'a.$[x]': 1}}", "[{}]", 9, "Cannot use an expression without a top-level field name in arrayFilters")]
    public void Array_filters_are_validated(string update, string? arrayFilters, int code, string message)
    {
        var filters = arrayFilters is null ? null : Json.Array(arrayFilters);
        var error = Should.Throw<QueryException>(() => UpdateSpec.Parse(Json.Doc(update), filters));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("{_id: 1}", "{$set: {'a.$[]': 1}}", "The path 'a' must exist in the document in order to apply array updates.")]
    [InlineData("{_id: 1, a: 5}", "{$set: {'a.$[]': 1}}", "Cannot apply array updates to non-array element a: 5")]
    public void Array_updates_need_an_existing_array(string document, string update, string message)
    {
        var error = Should.Throw<QueryException>(() => UpdateSpec.Parse(Json.Doc(update), null).Apply(Json.Doc(document), false));
        error.Code.ShouldBe(2);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Array_filter_selects_documents_by_nested_condition()
    {
        // CRUD spec updateMany-arrayFilters: {$set: {'y.$[i].b': 2}} with arrayFilters [{'i.b': 3}].
        var spec = UpdateSpec.Parse(Json.Doc("{$set: {'y.$[i].b': 2}}"), new BsonArray(Json.Doc("{'i.b': 3}")));
        spec.Apply(Json.Doc("{_id: 2, y: [{b: 3}, {b: 1}]}"), false).ShouldBe(Json.Doc("{_id: 2, y: [{b: 2}, {b: 1}]}"));
    }
}
