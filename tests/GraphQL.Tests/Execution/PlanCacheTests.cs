using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>Plans are cached per document; variable-dependent @skip/@include and arguments must still follow each request.</summary>
public sealed class PlanCacheTests
{
    private static readonly Schema Schema = Build(
        "type Query { echo(text: String = \"default\"): String a: String b: String }",
        new Dictionary<string, FieldResolver>
        {
            ["Query.echo"] = context => ValueTask.FromResult(context.Arguments.GetValueOrDefault("text")),
            ["Query.a"] = Value("A"),
            ["Query.b"] = Value("B"),
        });

    [Fact]
    public async Task A_reused_document_follows_each_requests_variables()
    {
        var document = Parser.Parse("""
            query ($flag: Boolean!, $text: String) {
              b @include(if: $flag)
              a
              b
              echo(text: $text)
              constant: echo
            }
            """);

        var first = await RunWith(document, new Dictionary<string, object?> { ["flag"] = true, ["text"] = "one" });
        var second = await RunWith(document, new Dictionary<string, object?> { ["flag"] = false });

        // With the flag the first b fixes b's position; without it, b's second selection does (§6.3.2). An absent
        // variable leaves the argument to its default (§6.4.2).
        first.ToJson().ShouldBe(StarWars.Json("""{"data":{"b":"B","a":"A","echo":"one","constant":"default"}}"""));
        second.ToJson().ShouldBe(StarWars.Json("""{"data":{"a":"A","b":"B","echo":"default","constant":"default"}}"""));
    }

    [Fact]
    public async Task Result_json_puts_errors_first_and_extensions_last()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Build("type Query { boom: String }", new Dictionary<string, FieldResolver> { ["Query.boom"] = _ => throw new GraphQLException("boom") }),
            Document = Parser.Parse("{ boom }"),
            Extensions = Map(("cost", 1)),
        });

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["boom"]}],"data":{"boom":null},"extensions":{"cost":1}}
            """));
    }

    private static Task<ExecutionResult> RunWith(DocumentNode document, IReadOnlyDictionary<string, object?> variables) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = document, Variables = variables });
}
