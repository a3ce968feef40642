using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>§7.1.2 errors: what clients see of resolver exceptions, and the hooks that decide it.</summary>
public sealed class FieldErrorTests
{
    private static readonly Schema Schema = Build(
        "type Query { leak: String known: String plain: Plain arg(n: Int!): Int } type Plain { name: String }",
        new Dictionary<string, FieldResolver>
        {
            ["Query.leak"] = _ => throw new InvalidOperationException("connection string mongodb://admin:secret@db"),
            ["Query.known"] = _ => throw new GraphQLException("Not allowed.") { Extensions = Map(("code", "FORBIDDEN")) },
            ["Query.plain"] = Value(new Uri("https://example.com")),
            ["Query.arg"] = context => ValueTask.FromResult(context.Arguments["n"]),
        });

    [Fact]
    public async Task Unexpected_exceptions_are_hidden_from_the_client_and_given_to_the_server()
    {
        var seen = new List<(Exception, GraphQLError)>();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("{ leak }"),
            UnexpectedError = (exception, error) => seen.Add((exception, error)),
        });

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["leak"]}],"data":{"leak":null}}
            """));
        var (original, reported) = seen.ShouldHaveSingleItem();
        original.Message.ShouldContain("secret");
        reported.Path.ShouldBe(["leak"]);
    }

    [Fact]
    public async Task GraphQLException_keeps_its_message_and_extensions()
    {
        var result = await RunAsync(Schema, "{ known }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["known"],"extensions":{"code":"FORBIDDEN"}}],"data":{"known":null}}
            """));
    }

    [Fact]
    public async Task The_error_filter_has_the_last_word()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("{ leak known }"),
            ErrorFilter = (error, exception) => error.WithExtensions(Map(("type", exception.GetType().Name))),
        });

        result.Errors.Select(error => error.Extensions!["type"]).Order().ShouldBe(["GraphQLException", "InvalidOperationException"]);
    }

    [Fact]
    public async Task The_default_resolver_rejects_parents_that_are_not_dictionaries()
    {
        Exception? original = null;
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("{ plain { name } }"),
            UnexpectedError = (exception, _) => original = exception,
        });

        result.Errors.ShouldHaveSingleItem().Path.ShouldBe(["plain", "name"]);
        original.ShouldNotBeNull().Message.ShouldBe("Field Plain.name has no resolver, and the default resolver reads only string-keyed dictionaries, not Uri.");
    }

    [Fact]
    public async Task A_required_argument_bound_to_an_absent_variable_is_a_field_error()
    {
        var result = await RunAsync(Schema, "query ($n: Int) { arg(n: $n) }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Argument \"Query.arg(n:)\" has invalid value: Expected variable \"$n\" provided to type \"Int!\" to provide a runtime value.","locations":[{"line":1,"column":19}],"path":["arg"]}],"data":{"arg":null}}
            """));
    }
}
