using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Types;

public sealed class ProgrammaticSchemaTests
{
    [Fact]
    public void Mutually_recursive_types_can_be_built_in_code_through_thunks()
    {
        ObjectType? author = null;
        var book = new ObjectType("Book", () => [new Field("title", ScalarType.String), new Field("author", author!)]);
        author = new ObjectType("Author", () => [new Field("books", new ListType(new NonNullType(book)))]);
        var query = new ObjectType("Query", () => [new Field("book", book, [new Argument("id", new NonNullType(ScalarType.ID))])]);

        var schema = new Schema(query);

        schema.Validate().ShouldBeEmpty();
        schema.GetType("Author").ShouldBe(author);
        book.GetField("author")!.ToString().ShouldBe("Book.author");
        query.GetField("book")!.GetArgument("id")!.ToString().ShouldBe("Query.book(id:)");
    }

    [Fact]
    public void Two_different_types_with_one_name_are_rejected()
    {
        var first = new ObjectType("Thing", () => [new Field("a", ScalarType.Int)]);
        var second = new ObjectType("Thing", () => [new Field("b", ScalarType.Int)]);
        var query = new ObjectType("Query", () => [new Field("a", first), new Field("b", second)]);

        Should.Throw<ArgumentException>(() => new Schema(query))
            .Message.ShouldBe("Schema must contain uniquely named types but contains multiple types named \"Thing\".");
    }

    [Fact]
    public void Invalid_names_are_rejected_when_built_in_code()
    {
        Should.Throw<ArgumentException>(() => new Field("1st", ScalarType.Int)).Message.ShouldStartWith("Names must match");
        Should.Throw<ArgumentException>(() => new EnumValue("with-dash", null));
    }

    [Fact]
    public void Code_built_schema_without_query_type_fails_validation()
    {
        var mutation = new ObjectType("Mutation", () => [new Field("m", ScalarType.Int)]);

        new Schema(null, mutation).Validate().Select(e => e.Message).ShouldBe(["Query root type must be provided."]);
    }

    [Fact]
    public void A_field_cannot_belong_to_two_types()
    {
        var shared = new Field("a", ScalarType.Int);
        var one = new ObjectType("One", () => [shared]);
        var two = new ObjectType("Two", () => [shared]);

        one.Fields.Count.ShouldBe(1);
        Should.Throw<InvalidOperationException>(() => two.Fields).Message.ShouldBe("Field a already belongs to One.");
    }
}
