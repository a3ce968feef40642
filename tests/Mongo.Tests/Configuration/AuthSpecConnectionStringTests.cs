using System.Text.Json;
using Serverless.TestSupport;

namespace Serverless.Mongo.Tests.Configuration;

/// <summary>
/// The Authentication spec's connection-string cases (auth/connection-string.json) run through our parser, as an
/// ordinary test: the "auth" suite itself belongs to the SCRAM work, which relies on these credentials.
/// </summary>
public sealed class AuthSpecConnectionStringTests
{
    // The upstream file keeps two legacy MONGODB-AWS cases that expect credentials in the URI to be accepted,
    // next to newer cases expecting them to be rejected (e.g. "user:pass@localhost.com"). The Authentication spec
    // now forbids URI credentials for MONGODB-AWS (DRIVERS-3131; drivers skip these legacy cases), and so do we.
    private static readonly HashSet<string> LegacyAwsCases = new(StringComparer.Ordinal)
    {
        "should use username and password if specified (MONGODB-AWS)",
        "should use username, password and session token if specified (MONGODB-AWS)",
    };

    [SharedDataFact("specs/mongodb/auth/connection-string.json")]
    public void Auth_spec_credentials_parse_as_the_file_says()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryLayout.Shared("specs/mongodb/auth/connection-string.json")));
        var failures = new List<string>();
        var checkedCases = 0;
        foreach (var testCase in document.RootElement.GetProperty("tests").EnumerateArray())
        {
            var description = testCase.GetProperty("description").GetString()!;
            if (LegacyAwsCases.Contains(description))
            {
                ConnectionString.TryParse(testCase.GetProperty("uri").GetString(), out _).ShouldBeFalse(description);
                continue;
            }

            checkedCases++;
            var failure = Check(testCase);
            if (failure is not null)
            {
                failures.Add(description + ": " + failure);
            }
        }

        failures.ShouldBeEmpty();
        checkedCases.ShouldBeGreaterThan(60);
    }

    private static string? Check(JsonElement testCase)
    {
        var valid = testCase.GetProperty("valid").GetBoolean();
        if (!ConnectionString.TryParse(testCase.GetProperty("uri").GetString(), out var parsed, out var error))
        {
            return valid ? "rejected: " + error : null;
        }

        if (!valid)
        {
            return "accepted an invalid URI";
        }

        var expected = testCase.TryGetProperty("credential", out var c) ? c : default;
        if (expected.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return parsed.Credential is null ? null : "expected no credential, got " + parsed.Credential;
        }

        var credential = parsed.Credential;
        if (credential is null)
        {
            return "expected a credential, got none";
        }

        var mismatch = Same(expected, "username", credential.Username)
            ?? Same(expected, "password", credential.Password)
            ?? Same(expected, "source", credential.Source)
            ?? Same(expected, "mechanism", credential.Mechanism);
        if (mismatch is not null)
        {
            return mismatch;
        }

        // mechanism_properties is a subset match (auth spec tests README).
        var properties = expected.GetProperty("mechanism_properties");
        return properties.ValueKind == JsonValueKind.Null
            ? null
            : properties.EnumerateObject()
                .Where(p => !credential.MechanismProperties.TryGetValue(p.Name, out var v) || v != p.Value.ToString())
                .Select(p => $"mechanism property {p.Name}: expected {p.Value}")
                .FirstOrDefault();
    }

    private static string? Same(JsonElement expected, string name, string? actual)
    {
        var value = expected.GetProperty(name);
        var text = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
        return text == actual ? null : $"{name}: expected '{text}', got '{actual}'";
    }
}
