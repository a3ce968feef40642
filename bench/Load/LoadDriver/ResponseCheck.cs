using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Serverless.Load;

/// <summary>
/// Before any timing: every target must answer every query with 200, data and no errors, and all targets the same
/// data once key order and number spelling are normalised (4.0 and 4 are the same JSON number). Returns each
/// target's exact answer bytes, which every timed response is then compared with.
/// </summary>
internal static class ResponseCheck
{
    /// <exception cref="InvalidOperationException">A target failed a query, or two targets disagree.</exception>
    public static async Task<IReadOnlyDictionary<LoadTarget, byte[][]>> RunAsync(
        IReadOnlyList<LoadTarget> targets, IReadOnlyList<GraphQLQuery> queries, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<LoadTarget, byte[][]>();
        using var client = GraphQLHttp.CreateClient(1);
        foreach (var target in targets)
        {
            var bodies = new byte[queries.Count][];
            for (var q = 0; q < queries.Count; q++)
            {
                var (status, body) = await GraphQLHttp.PostAsync(client, target.Endpoint, queries[q].Body, cancellationToken).ConfigureAwait(false);
                var text = Encoding.UTF8.GetString(body);
                var document = status == HttpStatusCode.OK ? JsonNode.Parse(body) as JsonObject : null;
                if (document is null || document.ContainsKey("errors") || document["data"] is not JsonObject)
                {
                    throw new InvalidOperationException($"{target.Name} answered {queries[q].Name} with {(int)status}: {text}");
                }

                bodies[q] = body;
            }

            answers[target] = bodies;
        }

        var reference = targets[0];
        for (var q = 0; q < queries.Count; q++)
        {
            var expected = Canonical(JsonNode.Parse(answers[reference][q]));
            foreach (var target in targets.Skip(1))
            {
                var actual = Canonical(JsonNode.Parse(answers[target][q]));
                if (!string.Equals(expected, actual, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"{queries[q].Name}: {target.Name} and {reference.Name} answer different data.\n{reference.Name}: {expected}\n{target.Name}: {actual}");
                }
            }
        }

        return answers;
    }

    /// <summary>JSON with object keys sorted (ordinal) and every number written as the double it denotes.</summary>
    public static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            default:
                var element = node.GetValue<JsonElement>();
                // Strings re-escaped one way: servers may escape non-ASCII text differently.
                text.Append(element.ValueKind switch
                {
                    JsonValueKind.Number => element.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                    JsonValueKind.String => JsonSerializer.Serialize(element.GetString()),
                    _ => element.GetRawText(),
                });
                break;
        }
    }
}
