using Serverless.GraphQL.Documents;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Documents;

/// <summary>Requests carrying query text: parse, validate and plan through the cache in one call, same answers as without it.</summary>
public sealed class CachedExecutionTests
{
    private static readonly Schema Schema = Build(
        "type Query { echo(text: String = \"default\"): String a: String b: String list: [Item] } type Item { id: Int name: String }",
        new Dictionary<string, FieldResolver>
        {
            ["Query.echo"] = context => ValueTask.FromResult(context.Arguments.GetValueOrDefault("text")),
            ["Query.a"] = Value("A"),
            ["Query.b"] = Value("B"),
            ["Query.list"] = Value(new object?[] { Map(("id", 1), ("name", "one")), null, Map(("id", 3)) }),
        });

    public static TheoryData<string> Queries => new()
    {
        "{ a b }",
        "query Q { x: a ...F list { id name } } fragment F on Query { b echo }",
        "{ list { ... on Item { id } name } echo(text: \"hi\") }",
        "{ a @skip(if: true) b @include(if: false) echo }",
        "{ __typename list { __typename } }",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_text_answers_like_the_parsed_document(string query)
    {
        var cache = new DocumentCache(Schema);

        var uncached = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = Parser.Parse(query) });
        var miss = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, Documents = cache });
        var hit = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, Documents = cache });

        miss.ToJson().ShouldBe(uncached.ToJson());
        hit.ToJson().ShouldBe(uncached.ToJson());
        cache.Statistics.Hits.ShouldBe(1);
        cache.Statistics.Misses.ShouldBe(1);
    }

    [Fact]
    public async Task A_cached_document_follows_each_requests_variables()
    {
        var cache = new DocumentCache(Schema);
        const string query = "query ($flag: Boolean!, $text: String) { b @include(if: $flag) a echo(text: $text) }";

        var first = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, Documents = cache, Variables = Map(("flag", true), ("text", "one")) });
        var second = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, Documents = cache, Variables = Map(("flag", false)) });
        var invalid = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, Documents = cache, Variables = Map(("text", "x")) });

        first.ToJson().ShouldBe("""{"data":{"b":"B","a":"A","echo":"one"}}""");
        second.ToJson().ShouldBe("""{"data":{"a":"A","echo":"default"}}""");
        invalid.ToJson().ShouldBe("""{"errors":[{"message":"Variable \"$flag\" has invalid value: Expected a value of non-null type \"Boolean!\" to be provided.","locations":[{"line":1,"column":8}]}]}""");
        cache.Statistics.ShouldBe(new DocumentCacheStatistics(Hits: 2, Misses: 1, Evictions: 0, Count: 1, TotalQueryBytes: query.Length));
    }

    [Fact]
    public async Task An_invalid_document_answers_with_its_cached_errors_every_time()
    {
        var cache = new DocumentCache(Schema);

        var first = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = "{ a nope }", Documents = cache });
        var second = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = "{ a nope }", Documents = cache });

        first.HasData.ShouldBeFalse();
        first.ToJson().ShouldBe("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":5}]}]}""");
        second.Errors.ShouldBeSameAs(first.Errors);
    }

    [Fact]
    public async Task A_syntax_error_answers_without_data()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = "{ a(" });

        result.ToJson().ShouldBe("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":5}]}]}""");
    }

    [Fact]
    public async Task Without_a_named_cache_the_schemas_shared_cache_is_used()
    {
        var schema = Build("type Query { a: String }", new Dictionary<string, FieldResolver> { ["Query.a"] = Value("A") });

        await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ a }" });
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ a }" });

        result.ToJson().ShouldBe("""{"data":{"a":"A"}}""");
        DocumentCache.For(schema).Statistics.Hits.ShouldBe(1);
    }

    [Fact]
    public async Task Subscribe_takes_query_text_too()
    {
        var results = new List<ExecutionResult>();
        await foreach (var result in Executor.SubscribeAsync(new ExecutionRequest { Schema = Schema, Query = "{ a }" }))
        {
            results.Add(result);
        }

        results.Single().ToJson().ShouldBe("""{"data":{"a":"A"}}""");
    }

    [Fact]
    public async Task A_request_must_name_exactly_one_document_source_and_a_cache_of_its_schema()
    {
        var other = Build("type Query { a: String }", new Dictionary<string, FieldResolver>());

        await Should.ThrowAsync<ArgumentException>(() => Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema }));
        await Should.ThrowAsync<ArgumentException>(() => Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = "{ a }", Document = Parser.Parse("{ a }") }));
        await Should.ThrowAsync<ArgumentException>(() => Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = "{ a }", Documents = new DocumentCache(other) }));
    }
}
