using System.Text.Json;
using Serverless.Mongo.Dns;
using Serverless.Mongo.Tests.Configuration;

namespace Serverless.Mongo.Tests.Dns;

/// <summary>
/// Checks one Initial DNS Seedlist Discovery test file (specifications source/initial-dns-seedlist-discovery/
/// tests/README.md): parse, resolve through the stub records, then compare error, seeds, numSeeds, options and
/// parsed_options. "hosts"/"numHosts" are compared only where they equal the seeds (sharded and load-balanced
/// topologies, where no discovery replaces them); for replica sets they are the members found after connecting.
/// </summary>
internal sealed class SeedlistCaseChecker(IDnsResolver dns)
{
    public async Task<string?> CheckAsync(JsonElement test, bool hostsAreSeeds, bool seedsSubsetOnly = false)
    {
        var uri = test.GetProperty("uri").GetString()!;
        var expectError = test.TryGetProperty("error", out var e) && e.GetBoolean();
        ConnectionString resolved;
        try
        {
            resolved = await new SeedlistResolver(dns, new Random(1)).ResolveAsync(ConnectionString.Parse(uri), CancellationToken.None);
        }
        catch (MongoException ex)
        {
            return expectError ? null : "unexpected error: " + ex.Message;
        }

        if (expectError)
        {
            return "expected an error, got seeds " + string.Join(", ", resolved.Hosts);
        }

        var seeds = resolved.Hosts.Select(h => h.ToString()).Order(StringComparer.Ordinal).ToList();
        return (seedsSubsetOnly ? CompareSubset(test, "seeds", seeds) : CompareList(test, "seeds", seeds) ?? CompareCount(test, "numSeeds", seeds.Count))
            ?? (hostsAreSeeds ? CompareList(test, "hosts", seeds) ?? CompareCount(test, "numHosts", seeds.Count) : null)
            ?? (test.TryGetProperty("options", out var options) ? OptionAccessors.Compare(options, resolved) : null)
            ?? (test.TryGetProperty("parsed_options", out var parsed) ? CompareParsed(parsed, resolved) : null);
    }

    private static string? CompareList(JsonElement test, string name, List<string> actual)
    {
        if (!test.TryGetProperty(name, out var expected))
        {
            return null;
        }

        var list = expected.EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal).ToList();
        return list.SequenceEqual(actual) ? null : $"{name}: expected [{string.Join(", ", list)}], got [{string.Join(", ", actual)}]";
    }

    private static string? CompareSubset(JsonElement test, string name, List<string> actual)
    {
        var expected = test.GetProperty(name).EnumerateArray().Select(s => s.GetString()!).ToHashSet(StringComparer.Ordinal);
        return actual.Count > 0 && actual.All(expected.Contains) ? null : $"{name}: [{string.Join(", ", actual)}] is not a non-empty subset of the expected seeds";
    }

    private static string? CompareCount(JsonElement test, string name, int actual) =>
        !test.TryGetProperty(name, out var expected) || expected.GetInt32() == actual ? null : $"{name}: expected {expected.GetInt32()}, got {actual}";

    private static string? CompareParsed(JsonElement parsed, ConnectionString actual)
    {
        foreach (var property in parsed.EnumerateObject())
        {
            var value = property.Name switch
            {
                "user" => actual.Credential?.Username,
                "password" => actual.Credential?.Password,
                "db" or "auth_database" or "defaultDatabase" => actual.DefaultDatabase,
                _ => throw new InvalidOperationException($"parsed_options key '{property.Name}' is not known to this runner"),
            };
            if (value != property.Value.GetString())
            {
                return $"parsed_options.{property.Name}: expected '{property.Value.GetString()}', got '{value}'";
            }
        }

        return null;
    }
}
