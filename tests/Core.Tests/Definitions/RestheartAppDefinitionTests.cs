using Serverless.Bson;
using Serverless.Core.Definitions;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.Core.Tests.Definitions;

/// <summary>
/// RESTHeart's own GraphQL test apps (../shared/specs/restheart): every app definition loads as valid, as in
/// RESTHeart (JSON arrays there are data, not definitions), and the PATCH scenario of §2.5 that leaves
/// <c>mappings = {"Course": {}}</c> reports the <c>$typeResolver</c> error.
/// </summary>
public sealed class RestheartAppDefinitionTests(ITestOutputHelper output)
{
    private const string Folder = "specs/restheart";

    [SharedDataFact(Folder)]
    public void Every_restheart_app_definition_gets_the_expected_verdict()
    {
        var report = new SuiteReport("restheart-app-definitions");
        var root = RepositoryLayout.Shared(Folder);
        foreach (var file in Directory.GetFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (ExtendedJson.Parse(File.ReadAllText(file)) is not BsonDocument definition)
            {
                continue;
            }

            var name = Path.GetRelativePath(root, file);
            Check(report, name, AppDefinitionLoader.Load(definition), expectedError: null);
            if (definition.GetValueOrDefault("mappings") is BsonDocument mappings && mappings.Contains("Course"))
            {
                var patched = definition.With("mappings", new BsonDocument(new BsonElement("Course", BsonDocument.Empty)));
                Check(report, name + " with mappings {Course: {}}", AppDefinitionLoader.Load(patched), ExpectedAfterPatch(definition["schema"].AsString));
            }
        }

        output.WriteLine(report.Publish());
        report.Passed.ShouldBeGreaterThan(0);
        report.Failed.ShouldBe(0, string.Join(Environment.NewLine, report.Failures));
    }

    [SharedDataFact(Folder)]
    public void The_union_app_resolves_course_types_by_its_predicates()
    {
        var union = AppDefinitionLoader.Load(ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared(Folder + "/enum-union-interface/unionTestApp.json"))))
            .Definition!.Mappings.AbstractTypes["Course"];

        union.Rules.First(rule => rule.Predicate.Evaluate(ExtendedJson.ParseDocument("""{"sub": {"external": true}}"""))).TypeName.ShouldBe("ExternalCourse");
        union.Rules.First(rule => rule.Predicate.Evaluate(ExtendedJson.ParseDocument("""{"title": "x"}"""))).TypeName.ShouldBe("InternalCourse");
    }

    // Course is a union, an interface or an object type in these apps; only the abstract kinds need a resolver.
    private static string ExpectedAfterPatch(string schema) =>
        schema.Contains("union Course", StringComparison.Ordinal) ? "Missing $typeResolver for union Course"
        : schema.Contains("interface Course", StringComparison.Ordinal) ? "Missing $typeResolver for interface Course"
        : "Missing or empty mappings for type Query: please provide a mapping for at least one Query field.";

    private static void Check(SuiteReport report, string name, DefinitionResult result, string? expectedError)
    {
        if (result.Error == expectedError)
        {
            report.Pass();
        }
        else
        {
            report.Fail(name, $"expected {expectedError ?? "valid"}, got {result.Error ?? "valid"}");
        }
    }
}
