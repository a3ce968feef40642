using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// The response of one request (§7.1). <see cref="HasData"/> distinguishes "data": null (execution started and a
/// non-null root field failed) from no "data" entry at all (a request error before execution, §7.1.1).
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(IReadOnlyDictionary<string, object?>? data, bool hasData, IReadOnlyList<GraphQLError>? errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        if (data is not null && !hasData)
        {
            throw new ArgumentException("A result without data cannot carry a data map.", nameof(hasData));
        }

        Data = data;
        HasData = hasData;
        Errors = errors ?? [];
        Extensions = extensions;
    }

    /// <summary>
    /// The data: response keys in selection order; values are null, strings, booleans, numbers, nested maps,
    /// <c>object?[]</c> lists or whatever custom scalars serialize to.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A request error (§7.1.1): errors only, no "data" entry.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(null, false, errors);

    /// <summary>Writes the response JSON: "errors" first when present, then "data", then "extensions" (graphql-js order).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ResultJsonWriter.Write(writer, this);
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        // application/json needs no HTML-safe escaping; relaxed escaping matches graphql-js's JSON.stringify output.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
