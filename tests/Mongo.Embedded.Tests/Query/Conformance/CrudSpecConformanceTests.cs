using Serverless.Bson;
using Serverless.Mongo.Embedded.Query;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Mongo.Embedded.Tests.Query.Conformance;

/// <summary>
/// Replays the CRUD unified spec tests (specs/mongodb/crud-unified) through the query engine alone, on an
/// in-memory collection: filters, sorts, projections, updates, upserts and arrayFilters must produce the
/// spec's results and final collection contents. Command-level behaviour (events, write concern, hints,
/// collation, sessions, pipelines, bulk writes) belongs to the server tests and is skipped here with a reason.
/// </summary>
public sealed class CrudSpecConformanceTests(ITestOutputHelper output)
{
    private const string SpecDirectory = "specs/mongodb/crud-unified";

    // Arguments the replay understands, and ones that do not change what the engine computes ("hint" picks
    // an index, and without indexes every plan scans the same documents).
    private static readonly HashSet<string> IgnoredArguments = new(StringComparer.Ordinal)
    {
        "filter", "update", "replacement", "sort", "projection", "skip", "limit", "upsert", "arrayFilters",
        "returnDocument", "batchSize", "comment", "maxTimeMS", "allowDiskUse", "bypassDocumentValidation",
        "document", "documents", "ordered", "requests", "let", "hint",
    };

    [SharedDataFact(SpecDirectory)]
    public void Crud_unified_spec_operations_produce_the_expected_results_and_outcomes()
    {
        var report = new SuiteReport("crud-unified-query-engine");
        foreach (var file in Directory.GetFiles(RepositoryLayout.Shared(SpecDirectory), "*.json").Order(StringComparer.Ordinal))
        {
            var spec = ExtendedJson.ParseDocument(File.ReadAllText(file));
            var passedBefore = report.Passed;
            var tests = spec["tests"].AsArray.Cast<BsonDocument>().ToList();
            foreach (var test in tests)
            {
                Run(Path.GetFileNameWithoutExtension(file), spec, test, report);
            }

            report.Detail($"{Path.GetFileName(file)}: {report.Passed - passedBefore}/{tests.Count}");
        }

        output.WriteLine(report.Publish());
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }

    private static void Run(string fileName, BsonDocument spec, BsonDocument test, SuiteReport report)
    {
        var name = $"{fileName}: {test["description"].AsString}";
        if (SkipReason(spec, test) is { } reason)
        {
            report.Skip(name, reason);
            return;
        }

        var initial = spec.GetValueOrDefault("initialData") is BsonArray data && data.Count > 0
            ? data[0].AsDocument["documents"].AsArray.Cast<BsonDocument>()
            : [];
        var collection = new InMemoryCollection(initial);
        foreach (var operation in test["operations"].AsArray.Cast<BsonDocument>())
        {
            if (RunOperation(collection, operation) is { } problem)
            {
                report.Fail(name, problem);
                return;
            }
        }

        if (test.GetValueOrDefault("outcome") is BsonArray { Count: > 0 } outcome)
        {
            var expected = outcome[0].AsDocument["documents"];
            var actual = new BsonArray(collection.Documents.Order(SortSpec.Parse([new("_id", 1)])));
            if (UnifiedResultMatcher.Mismatch(expected, actual, "outcome", root: false) is { } problem)
            {
                report.Fail(name, problem);
                return;
            }
        }

        report.Pass();
    }

    private static string? RunOperation(InMemoryCollection collection, BsonDocument operation)
    {
        var name = operation["name"].AsString;
        var arguments = operation.GetValueOrDefault("arguments") as BsonDocument ?? BsonDocument.Empty;
        BsonValue result;
        try
        {
            result = collection.Execute(name, arguments);
        }
        catch (QueryException e) when (operation.Contains("expectError"))
        {
            var expectedCode = operation["expectError"].AsDocument.GetValueOrDefault("errorCode");
            return expectedCode is null || expectedCode.AsInt32 == e.Code ? null : $"{name}: expected error code {expectedCode}, got {e.Code} ({e.Message})";
        }
        catch (InvalidOperationException e) when (operation.Contains("expectError"))
        {
            // The replay's duplicate _id check stands in for the server's unique index.
            return e.Message.StartsWith("E11000", StringComparison.Ordinal) ? null : e.Message;
        }
        catch (QueryException e)
        {
            return $"{name} threw {e.Code} {e.CodeName}: {e.Message}";
        }

        if (operation.Contains("expectError"))
        {
            return $"{name}: expected an error, but it returned {result}";
        }

        return operation.GetValueOrDefault("expectResult") is { } expected
            ? UnifiedResultMatcher.Mismatch(expected, result, name, root: true)
            : null;
    }

    private static string? SkipReason(BsonDocument spec, BsonDocument test)
    {
        if (test.Contains("skipReason"))
        {
            return "the spec marks it skipped: " + test["skipReason"];
        }

        if (OlderServerOnly(spec) || OlderServerOnly(test))
        {
            return "targets servers older than 7.0 only (maxServerVersion)";
        }

        var entities = spec["createEntities"].AsArray.Cast<BsonDocument>().ToList();
        if (entities.Any(e => e.GetValueOrDefault("collection") is BsonDocument c
            && c.GetValueOrDefault("collectionOptions") is BsonDocument o
            && o.GetValueOrDefault("writeConcern") is BsonDocument w && w.GetValueOrDefault("w") is { IsNumeric: true } level
            && BsonValueComparer.Instance.Equals(level, 0)))
        {
            return "unacknowledged (w:0) writes report no results to compare";
        }

        var collections = entities.Count(e => e.Contains("collection"));
        if (collections != 1 || (spec.GetValueOrDefault("initialData") is BsonArray data && data.Count > 1))
        {
            return "uses more than one collection; the replay models one";
        }

        foreach (var operation in test["operations"].AsArray.Cast<BsonDocument>())
        {
            var name = operation["name"].AsString;
            if (!InMemoryCollection.Supports(name) || operation["object"].AsString.StartsWith("database", StringComparison.Ordinal))
            {
                return $"operation {name} is command-level (no query-engine semantics to replay)";
            }

            var arguments = operation.GetValueOrDefault("arguments") as BsonDocument ?? BsonDocument.Empty;
            var requests = arguments.GetValueOrDefault("requests") is BsonArray bulk
                ? bulk.Select(r => (r.AsDocument[0].Name, r.AsDocument[0].Value.AsDocument))
                : [];
            foreach (var (requestName, requestArguments) in requests.Prepend((name, arguments)))
            {
                if (!InMemoryCollection.Supports(requestName))
                {
                    return $"bulk request {requestName} is command-level";
                }

                if (requestArguments.Names.FirstOrDefault(n => !IgnoredArguments.Contains(n)) is { } unsupported)
                {
                    return $"argument '{unsupported}' needs the server ({requestName})";
                }

                if (requestArguments.GetValueOrDefault("update") is BsonArray)
                {
                    return "pipeline-style updates need the aggregation engine";
                }
            }

            if (operation.GetValueOrDefault("expectError") is BsonDocument error && error.Contains("isClientError"))
            {
                return "expects a driver-side validation error";
            }

            if (operation.GetValueOrDefault("expectResult") is { } expected && UnifiedResultMatcher.UsesUnknownOperators(expected))
            {
                return "expectResult uses unified-format operators the replay does not evaluate";
            }
        }

        return null;
    }

    private static bool OlderServerOnly(BsonDocument holder) =>
        holder.GetValueOrDefault("runOnRequirements") is BsonArray requirements && requirements.Count > 0
        && requirements.Cast<BsonDocument>().All(r => r.GetValueOrDefault("maxServerVersion") is BsonString max
            && Version.Parse(max.Value.Split('.').Length == 1 ? max.Value + ".0" : max.Value) < new Version(7, 0));
}
