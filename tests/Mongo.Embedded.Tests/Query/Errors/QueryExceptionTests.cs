using Serverless.Mongo.Embedded.Query;

namespace Serverless.Mongo.Embedded.Tests.Query.Errors;

public sealed class QueryExceptionTests
{
    [Fact]
    public void Query_errors_are_mongo_exceptions_with_server_code_and_name()
    {
        var error = Should.Throw<MongoException>(() => UpdateSpec.Parse(Json.Doc("{$set: {a: 1}, $inc: {a: 1}}"), null));
        var query = error.ShouldBeOfType<QueryException>();
        query.Code.ShouldBe(40);
        query.CodeName.ShouldBe("ConflictingUpdateOperators");
    }

    [Fact]
    public void Message_only_constructor_means_bad_value()
    {
        var error = new QueryException("nope");
        error.Code.ShouldBe(2);
        error.CodeName.ShouldBe("BadValue");
        error.Message.ShouldBe("nope");
    }
}
