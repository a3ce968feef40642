using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;
using Serverless.Mongo.Embedded.Storage;

namespace Serverless.Mongo.Embedded.Tests.Storage;

public sealed class DocumentIdsTests
{
    [Fact]
    public void A_missing_id_becomes_a_leading_object_id()
    {
        var document = DocumentIds.EnsureId([new("a", 1)]);

        document.Names.ShouldBe(["_id", "a"]);
        document["_id"].Type.ShouldBe(BsonType.ObjectId);
    }

    [Fact]
    public void A_document_with_a_leading_id_is_kept_as_is()
    {
        BsonDocument original = [new("_id", 1), new("a", 1)];

        DocumentIds.EnsureId(original).ShouldBeSameAs(original);
    }

    [Fact]
    public void Regex_ids_are_refused_with_InvalidIdField()
    {
        var error = Should.Throw<CommandException>(() => DocumentIds.EnsureId([new("_id", new BsonRegularExpression("a", ""))]));

        error.Code.ShouldBe(53);
        error.Message.ShouldBe("The '_id' value cannot be of type regex");
    }
}
