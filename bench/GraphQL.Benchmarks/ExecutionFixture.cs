using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Serverless.GraphQL.Execution;
using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Benchmarks;

/// <summary>
/// The execution workload of the issue, "a 1,000-item list with 3 nested fields": the same SDL, query and data as
/// js/bench.mjs builds, plain dictionaries read by the default resolver (graphql-js: plain objects, default resolvers).
/// </summary>
internal sealed class ExecutionFixture : IDisposable
{
    /// <summary>Items in the list.</summary>
    public const int ItemCount = 1000;

    public const string Sdl = """
        type Query { items: [Item!]! }
        type Item { id: ID! name: String! value: Float! child: Child! }
        type Child { a: Int! b: String! c: Boolean! }
        """;

    public const string Query = "{ items { id name value child { a b c } } }";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // graphql-js answers with JSON.stringify, which escapes nothing HTML-specific.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 17);
    private readonly Utf8JsonWriter _writer;

    public ExecutionFixture()
    {
        Schema = SchemaBuilder.FromSdl(Sdl);
        Document = Parser.Parse(Query);
        RootValue = new Dictionary<string, object?>(StringComparer.Ordinal) { ["items"] = BuildItems() };
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public Schema Schema { get; }

    /// <summary>Parsed once: the executor's plan cache is keyed by the document, as a server's document cache would keep it.</summary>
    public DocumentNode Document { get; }

    public IReadOnlyDictionary<string, object?> RootValue { get; }

    /// <summary>The JSON of the last <see cref="ExecuteAndSerializeAsync"/>.</summary>
    public ReadOnlySpan<byte> LastJson => _buffer.WrittenSpan;

    /// <summary>One operation: execute the query, then write the response JSON into the reused buffer.</summary>
    public async Task<int> ExecuteAndSerializeAsync()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = Document, RootValue = RootValue })
            .ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        result.WriteTo(_writer);
        await _writer.FlushAsync().ConfigureAwait(false);
        return _buffer.WrittenCount;
    }

    /// <summary>Runs once and returns the response's SHA-256 (hex) and length, to compare with graphql-js's.</summary>
    public async Task<(string Sha256, int Length, string Json)> FingerprintAsync()
    {
        var length = await ExecuteAndSerializeAsync().ConfigureAwait(false);
        var json = System.Text.Encoding.UTF8.GetString(LastJson);
        return (Convert.ToHexStringLower(SHA256.HashData(LastJson)), length, json);
    }

    public void Dispose() => _writer.Dispose();

    // id "item-i", name "Item i", value i + 0.25 (exact in binary and printed alike by .NET and V8), child { a: i, b: "b-i", c: even }.
    private static object?[] BuildItems()
    {
        var items = new object?[ItemCount];
        for (var i = 0; i < ItemCount; i++)
        {
            var text = i.ToString(CultureInfo.InvariantCulture);
            items[i] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = "item-" + text,
                ["name"] = "Item " + text,
                ["value"] = i + 0.25,
                ["child"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["a"] = i,
                    ["b"] = "b-" + text,
                    ["c"] = i % 2 == 0,
                },
            };
        }

        return items;
    }
}
