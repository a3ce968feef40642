using System.Text.Json;

namespace Serverless.GraphQL.Execution;

/// <summary>
/// The response keys of one selection, in order, with their JSON property names encoded once per plan so that
/// writing a response copies bytes instead of escaping every key of every object. Response keys are GraphQL
/// names (§2.1.9, ASCII letters, digits and underscores), which no encoder escapes, so the pre-encoded form is
/// what any <see cref="Utf8JsonWriter"/> would have written.
/// </summary>
internal sealed class ResponseKeys
{
    public ResponseKeys(string[] names)
    {
        Names = names;
        Encoded = [.. names.Select(name => JsonEncodedText.Encode(name))];
    }

    public string[] Names { get; }

    public JsonEncodedText[] Encoded { get; }

    public int Count => Names.Length;
}
