using System.Text;
using BenchmarkDotNet.Attributes;
using Serverless.GraphQL.Documents;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.GraphQL.Validation;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>
/// What the document cache saves per request: parse + validate of a typical query against a hit on its text,
/// from a string and from the UTF-8 bytes an HTTP body gives (hashing and one full-text comparison each).
/// No graphql-js counterpart (graphql-js has no document cache), so these rows are not in the comparison table.
/// </summary>
[MemoryDiagnoser]
public class DocumentCacheBenchmarks
{
    // A request of realistic size (about 300 bytes): aliases, a fragment, variables, nested selections.
    private const string Query = """
        query Items($withChild: Boolean!) {
          first: items { ...ItemFields }
          second: items { id name child @include(if: $withChild) { a b c } }
          count: __typename
        }
        fragment ItemFields on Item { id name value child { a b c } }
        """;

    private readonly Schema _schema = SchemaBuilder.FromSdl(ExecutionFixture.Sdl);
    private readonly byte[] _queryUtf8 = Encoding.UTF8.GetBytes(Query);
    private DocumentCache _cache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cache = new DocumentCache(_schema);
        if (!_cache.GetOrAdd(Query).IsValid)
        {
            throw new InvalidOperationException("The benchmark query must be valid against the execution schema.");
        }
    }

    [Benchmark(Baseline = true)]
    public int ParseAndValidate() => DocumentValidator.Validate(_schema, Parser.Parse(Query)).Count;

    [Benchmark]
    public int CacheHitString() => _cache.GetOrAdd(Query).Errors.Count;

    [Benchmark]
    public int CacheHitUtf8() => _cache.GetOrAdd(_queryUtf8).Errors.Count;
}
