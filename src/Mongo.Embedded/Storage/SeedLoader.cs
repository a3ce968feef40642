using System.IO.Compression;
using System.Text;
using Serverless.Bson;
using Serverless.Mongo.Embedded.Commands;

namespace Serverless.Mongo.Embedded.Storage;

/// <summary>
/// Loads a seed folder: each subfolder is a database, each <c>name.json</c> or <c>name.json.gz</c> file in it a
/// collection holding one Extended JSON document per line (the format mongoexport writes).
/// </summary>
internal static class SeedLoader
{
    public static async Task LoadAsync(string directory, Catalog catalog, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"seed directory '{directory}' does not exist");
        }

        foreach (var databaseDirectory in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var database = Path.GetFileName(databaseDirectory);
            foreach (var file in Directory.EnumerateFiles(databaseDirectory).Order(StringComparer.Ordinal))
            {
                if (CollectionName(file) is { } collection)
                {
                    await LoadFileAsync(file, catalog.GetOrCreate(database, collection), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static string? CollectionName(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var suffix in (string[])[".json.gz", ".json"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return null;
    }

    private static async Task LoadFileAsync(string file, StoredCollection collection, CancellationToken cancellationToken)
    {
        var raw = File.OpenRead(file);
        await using (raw.ConfigureAwait(false))
        {
            Stream input = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
            await using (input.ConfigureAwait(false))
            {
                using var reader = new StreamReader(input, Encoding.UTF8);
                var lineNumber = 0;
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    Insert(collection, Parse(file, lineNumber, line), file, lineNumber);
                }
            }
        }
    }

    private static BsonDocument Parse(string file, int lineNumber, string line)
    {
        try
        {
            return DocumentIds.EnsureId(ExtendedJson.ParseDocument(line));
        }
        catch (ExtendedJsonException e)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: {e.Message}", e);
        }
        catch (CommandException e)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: {e.Message}", e);
        }
    }

    private static void Insert(StoredCollection collection, BsonDocument document, string file, int lineNumber)
    {
        try
        {
            collection.Write(table =>
            {
                table.Insert(document);
                return true;
            });
        }
        catch (DuplicateKeyException e)
        {
            throw new InvalidDataException($"{file}:{lineNumber}: {e.Message}", e);
        }
    }
}
