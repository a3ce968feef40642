using Serverless.Bson;
using Serverless.TestSupport;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>
/// shared/specs/mongodb/auth/connection-string.json: how credentials come out of connection strings
/// ({description, uri, valid, credential}); a null credential field means nothing to check, mechanism_properties
/// is a subset match (SOURCES.md, "auth/").
/// </summary>
internal static class AuthConnectionStringCases
{
    public const string RelativePath = "specs/mongodb/auth/connection-string.json";

    // Upstream is mid-way through DRIVERS-3131 (no credentials in the URI for MONGODB-AWS): the file already has
    // the new error case "should throw an exception if username and password provided (MONGODB-AWS)" but still
    // keeps two older valid cases of the same shape, so no parser can pass all three. We follow the current
    // Authentication spec (credentials come from the AWS environment), so the two stale cases are skipped.
    private const string StaleAwsReason =
        "stale upstream case: the current Authentication spec (DRIVERS-3131) forbids MONGODB-AWS credentials in the URI, and the file's own case 'should throw an exception if username and password provided (MONGODB-AWS)' checks that";

    private static readonly Dictionary<string, string> Contradictory = new(StringComparer.Ordinal)
    {
        ["should use username and password if specified (MONGODB-AWS)"] = StaleAwsReason,
        ["should use username, password and session token if specified (MONGODB-AWS)"] = StaleAwsReason,
    };

    public static void Run(SuiteReport report)
    {
        var tests = ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared(RelativePath)))["tests"].AsArray;
        var passed = 0;
        foreach (var test in tests.Select(t => t.AsDocument))
        {
            var description = test["description"].AsString;
            var name = "connection-string: " + description;
            if (Contradictory.TryGetValue(description, out var reason))
            {
                report.Skip(name, reason);
                continue;
            }

            if (SuiteCase.Run(report, name, () => Check(test)))
            {
                passed++;
            }
        }

        report.Detail($"connection-string.json: {passed}/{tests.Count} passed, {Contradictory.Count} skipped");
    }

    private static void Check(BsonDocument test)
    {
        var uri = test["uri"].AsString;
        if (!test["valid"].AsBoolean)
        {
            try
            {
                var parsed = ConnectionString.Parse(uri);
                throw new InvalidOperationException($"'{uri}' parsed (credential: {parsed.Credential?.ToString() ?? "none"}) but must be rejected");
            }
            catch (MongoConfigurationException)
            {
                return;
            }
        }

        var credential = ConnectionString.Parse(uri).Credential;
        if (test.GetValueOrDefault("credential") is not BsonDocument expected)
        {
            SuiteCase.ShouldBeEqual(credential?.ToString(), null, "credential");
            return;
        }

        if (credential is null)
        {
            throw new InvalidOperationException("no credential was parsed");
        }

        SuiteCase.ShouldBeEqual(credential.Username, NullableString(expected, "username"), "username");
        SuiteCase.ShouldBeEqual(credential.Password, NullableString(expected, "password"), "password");
        SuiteCase.ShouldBeEqual(credential.Source, NullableString(expected, "source"), "source");
        SuiteCase.ShouldBeEqual(credential.Mechanism, NullableString(expected, "mechanism"), "mechanism");
        if (expected.GetValueOrDefault("mechanism_properties") is BsonDocument properties)
        {
            foreach (var (key, value) in properties)
            {
                var actual = credential.MechanismProperties.TryGetValue(key, out var found) ? found : null;
                SuiteCase.ShouldBeEqual(actual, value is BsonString text ? text.Value : value.ToString(), $"mechanism property {key}");
            }
        }
    }

    private static string? NullableString(BsonDocument document, string name) =>
        document.GetValueOrDefault(name) is BsonString text ? text.Value : null;
}
