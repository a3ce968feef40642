using Serverless.Benchmarks;
using Serverless.Bson;

namespace Serverless.Core.Benchmarks;

/// <summary>
/// The MFlix app of seed 002 (the documentation's "complete example": the definition posted to /gql-apps, with
/// its dataLoader settings), read from the shared seeds.
/// </summary>
internal static class MflixDefinition
{
    private const string PostMarker = "POST /gql-apps HTTP/1.1";

    /// <summary>The definition document as the seed's documentation posts it.</summary>
    public static BsonDocument Load()
    {
        var seeds = Path.Combine(BenchRepository.SharedDirectory, "seeds");
        var seed = Directory.EnumerateFiles(seeds, "002_*.txt").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new FileNotFoundException($"No seed 002_*.txt under {seeds} (set SHARED_DIR).");
        var text = File.ReadAllText(seed);
        var post = text.IndexOf(PostMarker, StringComparison.Ordinal);
        if (post < 0)
        {
            throw new InvalidDataException($"{seed} has no '{PostMarker}' example.");
        }

        // The request body runs from the first '{' after the request line to the end of the fenced block.
        var start = text.IndexOf('{', post);
        var end = text.IndexOf("```", start, StringComparison.Ordinal);
        return ExtendedJson.ParseDocument(text[start..end]);
    }
}
