using System.Text;
using Serverless.GraphQL.Documents;
using Serverless.GraphQL.Types;
using static Serverless.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Serverless.GraphQL.Tests.Documents;

/// <summary>The cache's bookkeeping: hits and misses, what an entry holds, eviction at both caps, concurrent use.</summary>
public sealed class DocumentCacheTests
{
    private static readonly Schema Schema = Build("type Query { a: String b: String echo(text: String): String }", new Dictionary<string, FieldResolver>());

    [Fact]
    public void Repeated_text_is_a_hit_that_returns_the_same_entry()
    {
        var cache = new DocumentCache(Schema);

        var first = cache.GetOrAdd("{ a }");
        var second = cache.GetOrAdd("{ a }");

        second.ShouldBeSameAs(first);
        first.IsValid.ShouldBeTrue();
        first.Document.ShouldNotBeNull();
        cache.Statistics.ShouldBe(new DocumentCacheStatistics(Hits: 1, Misses: 1, Evictions: 0, Count: 1, TotalQueryBytes: 5));
    }

    [Fact]
    public void Texts_differing_only_in_whitespace_are_different_entries()
    {
        var cache = new DocumentCache(Schema);

        var compact = cache.GetOrAdd("{a}");
        var spaced = cache.GetOrAdd("{ a }");

        spaced.ShouldNotBeSameAs(compact);
        cache.Statistics.Misses.ShouldBe(2);
        cache.Statistics.Hits.ShouldBe(0);
    }

    [Fact]
    public void String_and_utf8_lookups_of_the_same_text_share_one_entry()
    {
        var cache = new DocumentCache(Schema);

        var fromString = cache.GetOrAdd("{ echo(text: \"héllo ☃\") }");
        var fromBytes = cache.GetOrAdd(Encoding.UTF8.GetBytes("{ echo(text: \"héllo ☃\") }"));

        fromBytes.ShouldBeSameAs(fromString);
        fromString.QueryUtf8.ToArray().ShouldBe(Encoding.UTF8.GetBytes("{ echo(text: \"héllo ☃\") }"));
    }

    [Fact]
    public void A_syntax_error_is_cached_with_its_location()
    {
        var cache = new DocumentCache(Schema);

        var first = cache.GetOrAdd("{ a ");
        var second = cache.GetOrAdd("{ a ");

        second.ShouldBeSameAs(first);
        first.IsValid.ShouldBeFalse();
        first.Document.ShouldBeNull();
        first.SyntaxError.ShouldNotBeNull();
        first.Errors.Count.ShouldBe(1);
        first.Errors[0].Message.ShouldBe("Syntax Error: Expected Name, found <EOF>.");
        first.Errors[0].Locations.ShouldBe([new Serverless.GraphQL.Execution.ErrorLocation(1, 5)]);
        cache.Statistics.Hits.ShouldBe(1);
    }

    [Fact]
    public void Validation_errors_are_cached_in_graphql_js_order()
    {
        var cache = new DocumentCache(Schema);

        var entry = cache.GetOrAdd("{ nope a(x: 1) }");

        entry.IsValid.ShouldBeFalse();
        entry.Document.ShouldNotBeNull();
        entry.ValidationErrors.Select(error => error.Message).ShouldBe([
            "Cannot query field \"nope\" on type \"Query\".",
            "Unknown argument \"x\" on field \"Query.a\".",
        ]);
        entry.Errors.Select(error => error.Message).ShouldBe(entry.ValidationErrors.Select(error => error.Message));
        entry.Errors[0].Locations.ShouldBe([new Serverless.GraphQL.Execution.ErrorLocation(1, 3)]);
        cache.GetOrAdd("{ nope a(x: 1) }").Errors.ShouldBeSameAs(entry.Errors);
    }

    [Fact]
    public void A_lone_surrogate_is_a_syntax_error_that_is_not_cached()
    {
        var cache = new DocumentCache(Schema);

        var entry = cache.GetOrAdd("{ echo(text: \"\uD800\") }");

        entry.SyntaxError.ShouldNotBeNull();
        entry.Errors[0].Message.ShouldBe("Syntax Error: Invalid character: U+D800.");
        cache.Statistics.Count.ShouldBe(0);
        cache.GetOrAdd("{ echo(text: \"\uD800\") }").ShouldNotBeSameAs(entry);
    }

    [Fact]
    public void The_least_recently_used_entry_is_evicted_beyond_the_entry_cap()
    {
        var cache = new DocumentCache(Schema, new DocumentCacheOptions { MaxEntries = 2 });
        var a = cache.GetOrAdd("{ a }");
        var b = cache.GetOrAdd("{ b }");
        cache.GetOrAdd("{ a }").ShouldBeSameAs(a);

        cache.GetOrAdd("{ a b }");

        // "{ b }" was used least recently, so it went; "{ a }" stayed.
        cache.Statistics.Count.ShouldBe(2);
        cache.Statistics.Evictions.ShouldBe(1);
        cache.GetOrAdd("{ a }").ShouldBeSameAs(a);
        cache.GetOrAdd("{ b }").ShouldNotBeSameAs(b);
        cache.Statistics.Evictions.ShouldBe(2);
    }

    [Fact]
    public void Entries_are_evicted_beyond_the_byte_cap_and_an_oversized_text_is_not_kept()
    {
        var cache = new DocumentCache(Schema, new DocumentCacheOptions { MaxTotalQueryBytes = 12 });
        cache.GetOrAdd("{ a }");
        cache.GetOrAdd("{ b }");

        cache.GetOrAdd("{ a b }");

        // 5 + 5 + 7 bytes exceed 12: the oldest entry goes, leaving exactly 12.
        cache.Statistics.ShouldBe(new DocumentCacheStatistics(Hits: 0, Misses: 3, Evictions: 1, Count: 2, TotalQueryBytes: 12));
        var oversized = cache.GetOrAdd("{ a  b  echo }");
        oversized.IsValid.ShouldBeTrue();
        cache.Statistics.Count.ShouldBe(2);
        cache.GetOrAdd("{ a  b  echo }").ShouldNotBeSameAs(oversized);
    }

    [Fact]
    public void Clear_drops_every_entry()
    {
        var cache = new DocumentCache(Schema);
        var entry = cache.GetOrAdd("{ a }");

        cache.Clear();

        cache.Statistics.Count.ShouldBe(0);
        cache.Statistics.TotalQueryBytes.ShouldBe(0);
        cache.GetOrAdd("{ a }").ShouldNotBeSameAs(entry);
    }

    [Fact]
    public void The_shared_cache_belongs_to_its_schema()
    {
        var other = Build("type Query { a: String }", new Dictionary<string, FieldResolver>());

        DocumentCache.For(Schema).ShouldBeSameAs(DocumentCache.For(Schema));
        DocumentCache.For(Schema).Schema.ShouldBeSameAs(Schema);
        DocumentCache.For(other).ShouldNotBeSameAs(DocumentCache.For(Schema));
    }

    [Fact]
    public async Task Concurrent_lookups_under_eviction_always_get_the_entry_of_their_own_text()
    {
        var cache = new DocumentCache(Schema, new DocumentCacheOptions { MaxEntries = 3 });
        string[] queries = ["{ a }", "{ b }", "{ a b }", "{ b a }", "{ echo }", "{ x: a }", "{ y: b }", "{ nope }"];
        const int perWorker = 500;

        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            var mismatches = 0;
            for (var i = 0; i < perWorker; i++)
            {
                var query = queries[(i + worker) % queries.Length];
                var entry = cache.GetOrAdd(query);
                if (Encoding.UTF8.GetString(entry.QueryUtf8.Span) != query || entry.IsValid == (query == "{ nope }"))
                {
                    mismatches++;
                }
            }

            return mismatches;
        })).ToArray();
        var mismatches = await Task.WhenAll(workers);

        mismatches.Sum().ShouldBe(0);
        var statistics = cache.Statistics;
        (statistics.Hits + statistics.Misses).ShouldBe(4 * perWorker);
        statistics.Count.ShouldBeLessThanOrEqualTo(3);
    }
}
