using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Updates;

public sealed class UpdateValidationTests
{
    [Theory]
    [InlineData("{$foo: {a: 1}}", 9, "Unknown modifier: $foo")]
    [InlineData("{$set: {a: 1}, b: 2}", 9, "Unknown modifier: b")]
    [InlineData("{$set: 1}", 9, "Modifiers operate on fields but we found type int instead")]
    [InlineData("{$set: {a: 1}, $inc: {a: 1}}", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{$set: {'a.b': 1}, $unset: {a: 1}}", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{$set: {a: 1, 'a.b': 1}}", 40, "Updating the path 'a.b' would create a conflict at 'a'")]
    [InlineData("{$rename: {a: 'b'}, $set: {b: 1}}", 40, "conflict")]
    [InlineData("{$inc: {a: 'x'}}", 14, "Cannot increment with non-numeric argument: {a: \"x\"}")]
    [InlineData("{$mul: {a: 'x'}}", 14, "Cannot multiply with non-numeric argument")]
    [InlineData("{$set: {'': 1}}", 56, "An empty update path is not valid.")]
    [InlineData("{$set: {'a..b': 1}}", 56, "contains an empty field name")]
    [InlineData("{$set: {'a.$bad': 1}}", 52, "The dollar ($) prefixed field '$bad' in 'a.$bad' is not valid for storage.")]
    [InlineData("{$set: {'a.$.b.$': 1}}", 2, "Too many positional (i.e. '$') elements found in path 'a.$.b.$'")]
    [InlineData("{$pop: {a: 2}}", 9, "$pop expects 1 or -1, found: 2")]
    [InlineData("{$pullAll: {a: 1}}", 2, "$pullAll requires an array argument but was given a int")]
    [InlineData("{$push: {a: {$each: 1}}}", 2, "The argument to $each in $push must be an array but it was of type: int")]
    [InlineData("{$push: {a: {$each: [1], $bad: 1}}}", 2, "Unrecognized clause in $push: $bad")]
    [InlineData("{$push: {a: {$each: [1], $slice: 'x'}}}", 2, "The value for $slice must be an integer value but was given type: string")]
    [InlineData("{$push: {a: {$each: [1], $sort: 2}}}", 2, "The $sort is invalid")]
    [InlineData("{$addToSet: {a: {$each: 1}}}", 14, "The argument to $each in $addToSet must be an array")]
    [InlineData("{$rename: {a: 1}}", 2, "The 'to' field for $rename must be a string")]
    [InlineData("{$rename: {a: 'a'}}", 2, "The source and target field for $rename must differ")]
    [InlineData("{$rename: {a: 'a.b'}}", 2, "The source and target field for $rename must not be on the same path")]
    [InlineData("{$rename: {'a.$': 'b'}}", 2, "The source field for $rename may not be dynamic")]
    [InlineData("{$bit: {a: {nand: 1}}}", 2, "The $bit modifier only supports 'and', 'or', and 'xor', not 'nand'")]
    [InlineData("{$bit: {a: {and: 1.5}}}", 2, "The $bit modifier field must be an Integer(32/64 bit); a 'double' is not supported here")]
    [InlineData("{$bit: {a: 1}}", 2, "The $bit modifier is not compatible with a int")]
    [InlineData("{$currentDate: {a: {$type: 'x'}}}", 2, "The '$type' string field is required to be 'date' or 'timestamp'")]
    [InlineData("{a: 1, $set: {b: 1}}", 52, "The dollar ($) prefixed field '$set' in '$set' is not allowed in the context of an update's replacement document.")]
    public void Parse_rejects_invalid_updates(string update, int code, string message)
    {
        var error = Should.Throw<QueryException>(() => UpdateSpec.Parse(Json.Doc(update), null));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("{_id: 1, a: 'x'}", "{$inc: {a: 1}}", 14, "Cannot apply $inc to a value of non-numeric type. {_id: 1} has the field 'a' of non-numeric type string")]
    [InlineData("{_id: 1, a: 'x'}", "{$mul: {a: 1}}", 14, "Cannot apply $mul to a value of non-numeric type.")]
    [InlineData("{_id: 1, a: 1}", "{$push: {a: 1}}", 2, "The field 'a' must be an array but is of type int in document {_id: 1}")]
    [InlineData("{_id: 1, a: 1}", "{$addToSet: {a: 1}}", 2, "Cannot apply $addToSet to non-array field. Field named 'a' has non-array type int")]
    [InlineData("{_id: 1, a: 1}", "{$pop: {a: 1}}", 14, "Path 'a' contains an element of non-array type 'int'")]
    [InlineData("{_id: 1, a: 1}", "{$pull: {a: 1}}", 2, "Cannot apply $pull to a non-array value")]
    [InlineData("{_id: 1, a: 1}", "{$set: {'a.b': 1}}", 28, "Cannot create field 'b' in element {a: 1}")]
    [InlineData("{_id: 1, a: [1]}", "{$set: {'a.b': 1}}", 28, "Cannot create field 'b' in element {a: [1]}")]
    [InlineData("{_id: 1, a: 1.5}", "{$bit: {a: {and: 1}}}", 2, "Cannot apply $bit to a value of non-integral type.")]
    [InlineData("{_id: 1}", "{$set: {_id: 2}}", 66, "Performing an update on the path '_id' would modify the immutable field '_id'")]
    [InlineData("{_id: 1}", "{$unset: {_id: 1}}", 66, "Performing an update on the path '_id' would modify the immutable field '_id'")]
    [InlineData("{_id: 1, a: [{b: 1}]}", "{$rename: {'a.b': 'c'}}", 2, "The source field cannot be an array element")]
    [InlineData("{_id: 1, a: {'$numberLong': '9223372036854775807'}}", "{$inc: {a: 1}}", 2, "Failed to apply $inc operations to current value ((NumberLong)9223372036854775807) for document {_id: 1}")]
    [InlineData("{_id: 1, a: {'$numberLong': '9223372036854775807'}}", "{$mul: {a: 2}}", 2, "Failed to apply $mul operations to current value")]
    public void Apply_rejects_updates_that_do_not_fit_the_document(string document, string update, int code, string message)
    {
        var spec = UpdateSpec.Parse(Json.Doc(update), null);
        var error = Should.Throw<QueryException>(() => spec.Apply(Json.Doc(document), isUpsertInsert: false));
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Rename_in_a_document_through_an_array_leaves_missing_sources_alone()
    {
        var spec = UpdateSpec.Parse(Json.Doc("{$rename: {'x.y': 'z'}}"), null);
        spec.Apply(Json.Doc("{_id: 1, a: 1}"), false).ShouldBe(Json.Doc("{_id: 1, a: 1}"));
    }
}
