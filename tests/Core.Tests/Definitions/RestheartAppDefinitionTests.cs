using Serverless.Bson;
using Serverless.Core.Definitions;
using Serverless.TestSupport;

namespace Serverless.Core.Tests.Definitions;

/// <summary>
/// Every app definition of RESTHeart's own GraphQL tests (../shared/specs/restheart) loads as valid, as it does in
/// RESTHeart; data files (JSON arrays) are not definitions.
/// </summary>
public sealed class RestheartAppDefinitionTests
{
    private const string Folder = "specs/restheart";

    public static TheoryData<string> DefinitionFiles()
    {
        var data = new TheoryData<string>();
        var root = RepositoryLayout.Shared(Folder);
        if (!Directory.Exists(root))
        {
            data.Add("missing");
            return data;
        }

        foreach (var file in Directory.GetFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(file).TrimStart().StartsWith('{'))
            {
                data.Add(Path.GetRelativePath(root, file));
            }
        }

        return data;
    }

    [SharedDataTheory(Folder)]
    [MemberData(nameof(DefinitionFiles))]
    public void The_app_definition_is_valid(string file)
    {
        var result = AppDefinitionLoader.Load(ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared(Path.Combine(Folder, file)))));

        result.Error.ShouldBeNull();
        result.Definition!.Mappings.ObjectTypes.Keys.ShouldContain("Query");
    }

    [SharedDataFact(Folder)]
    public void The_union_app_resolves_course_types_by_its_predicates()
    {
        var union = AppDefinitionLoader.Load(ExtendedJson.ParseDocument(File.ReadAllText(RepositoryLayout.Shared(Folder + "/enum-union-interface/unionTestApp.json"))))
            .Definition!.Mappings.AbstractTypes["Course"];

        union.Rules.First(rule => rule.Predicate.Evaluate(ExtendedJson.ParseDocument("""{"sub": {"external": true}}"""))).TypeName.ShouldBe("ExternalCourse");
        union.Rules.First(rule => rule.Predicate.Evaluate(ExtendedJson.ParseDocument("""{"title": "x"}"""))).TypeName.ShouldBe("InternalCourse");
    }
}
