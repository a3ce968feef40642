using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.TestSupport;

namespace Serverless.GraphQL.Tests.Types;

public sealed class FixtureSchemaTests
{
    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryLayout.Shared("specs/graphql/fixtures/graphql-js"), name));

    [SharedDataFact("specs/graphql/fixtures/graphql-js/github-schema.graphql")]
    public void Github_schema_builds_and_validates()
    {
        var schema = SchemaBuilder.FromSdl(Fixture("github-schema.graphql"));

        schema.QueryType!.Name.ShouldBe("Query");
        schema.MutationType!.Name.ShouldBe("Mutation");
        schema.Validate().ShouldBeEmpty();
        schema.Types.Count.ShouldBe(552, "graphql-js 17.1.0 type map size");
        var node = schema.GetType("Node").ShouldBeOfType<InterfaceType>();
        schema.GetPossibleTypes(node).ShouldContain(type => type.Name == "Repository");
    }

    [SharedDataFact("specs/graphql/fixtures/graphql-js/starwars/starWarsSchema.graphql")]
    public void Star_wars_schema_builds_with_enum_values_and_descriptions()
    {
        var schema = SchemaBuilder.FromSdl(Fixture("starwars/starWarsSchema.graphql"), new SchemaBuildOptions
        {
            EnumValues = new Dictionary<string, IReadOnlyDictionary<string, object?>>
            {
                ["Episode"] = new Dictionary<string, object?> { ["NEW_HOPE"] = 4, ["EMPIRE"] = 5, ["JEDI"] = 6 },
            },
        });

        var episode = schema.GetType("Episode").ShouldBeOfType<EnumType>();
        episode.Serialize(5).ShouldBe("EMPIRE");
        episode.Description.ShouldBe("One of the films in the Star Wars Trilogy");
        var character = schema.GetType("Character").ShouldBeOfType<InterfaceType>();
        schema.GetPossibleTypes(character).Select(type => type.Name).ShouldBe(["Human", "Droid"]);
        schema.QueryType!.GetField("hero")!.GetArgument("episode")!.Type.ShouldBe(episode);
        schema.Types.Count.ShouldBe(15, "graphql-js 17.1.0 type map size");
    }

    [SharedDataFact("specs/graphql/fixtures/graphql-js/validation-harness-schema.graphql")]
    public void Validation_harness_schema_builds_and_validates()
    {
        var schema = SchemaBuilder.FromSdl(Fixture("validation-harness-schema.graphql"));

        schema.Validate().ShouldBeEmpty();
        schema.GetType("QueryRoot").ShouldBeOfType<ObjectType>();
        schema.Types.Count.ShouldBe(26, "graphql-js 17.1.0 type map size");
        schema.GetType("OneOfInput").ShouldBeOfType<InputObjectType>().IsOneOf.ShouldBeTrue();
    }

    [SharedDataFact("specs/graphql/fixtures/graphql-js/schema-kitchen-sink.graphql")]
    public void Schema_kitchen_sink_is_rejected_because_it_references_undefined_types()
    {
        // graphql-js buildSchema rejects it too: the fixture is parse/print-only (SOURCES.md §4).
        var error = Should.Throw<SchemaValidationException>(() => SchemaBuilder.FromSdl(Fixture("schema-kitchen-sink.graphql")));

        error.Errors.ShouldContain(e => e.Message.StartsWith("Unknown type \"", StringComparison.Ordinal));
    }

    [SharedDataFact("specs/graphql/fixtures/graphql-js/github-schema.graphql")]
    public void Sdl_document_node_overload_builds_the_same_type_map()
    {
        var document = Parser.Parse(Fixture("github-schema.graphql"));

        SchemaBuilder.FromSdl(document).Types.Count.ShouldBe(SchemaBuilder.FromSdl(Fixture("github-schema.graphql")).Types.Count);
    }
}
