using Serverless.TestSupport;

namespace Serverless.GraphQL.Tests.Execution;

/// <summary>The classic graphql-js Star Wars execution scenarios (§6), checked on the serialized response.</summary>
public sealed class StarWarsQueryTests
{
    [SharedDataFact(StarWars.Folder)]
    public async Task Executes_the_hero_name_query()
    {
        var result = await StarWars.ExecuteAsync("query HeroNameQuery { hero { name } }");

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"hero":{"name":"R2-D2"}}}"""));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Resolves_nested_friends_through_the_interface()
    {
        var result = await StarWars.ExecuteAsync("{ hero { id name friends { name } } }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"data":{"hero":{"id":"2001","name":"R2-D2","friends":[{"name":"Luke Skywalker"},{"name":"Han Solo"},{"name":"Leia Organa"}]}}}
            """));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Serializes_enum_lists_in_friends_of_friends()
    {
        var result = await StarWars.ExecuteAsync("{ hero { friends { name appearsIn friends { name } } } }");

        var luke = ((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)result.Data!["hero"]!)["friends"]!)[0]!;
        result.Errors.ShouldBeEmpty();
        System.Text.Json.JsonSerializer.Serialize(luke).ShouldBe(StarWars.Json("""
            {"name":"Luke Skywalker","appearsIn":["NEW_HOPE","EMPIRE","JEDI"],"friends":[{"name":"Han Solo"},{"name":"Leia Organa"},{"name":"C-3PO"},{"name":"R2-D2"}]}
            """));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Coerces_enum_and_string_arguments()
    {
        var result = await StarWars.ExecuteAsync("""{ hero(episode: EMPIRE) { name } human(id: "1003") { name homePlanet } }""");

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"hero":{"name":"Luke Skywalker"},"human":{"name":"Leia Organa","homePlanet":"Alderaan"}}}"""));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Passes_variables_to_arguments()
    {
        var result = await StarWars.ExecuteAsync(
            "query FetchSomeID($someId: String!) { human(id: $someId) { name } }",
            new Dictionary<string, object?> { ["someId"] = "1002" });

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"human":{"name":"Han Solo"}}}"""));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Returns_null_for_an_unknown_id()
    {
        var result = await StarWars.ExecuteAsync("""{ human(id: "not a valid id") { name } }""");

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"human":null}}"""));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Keys_the_response_by_alias_in_selection_order()
    {
        var result = await StarWars.ExecuteAsync("""{ luke: human(id: "1000") { name } leia: human(id: "1003") { name } }""");

        result.ToJson().ShouldBe(StarWars.Json("""{"data":{"luke":{"name":"Luke Skywalker"},"leia":{"name":"Leia Organa"}}}"""));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Merges_fields_from_named_and_inline_fragments()
    {
        var result = await StarWars.ExecuteAsync("""
            query { luke: human(id: "1000") { ...HumanFragment } hero { name ... on Droid { primaryFunction } ... on Human { homePlanet } } }
            fragment HumanFragment on Human { name homePlanet name }
            """);

        result.ToJson().ShouldBe(StarWars.Json("""
            {"data":{"luke":{"name":"Luke Skywalker","homePlanet":"Tatooine"},"hero":{"name":"R2-D2","primaryFunction":"Astromech"}}}
            """));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Reports_the_runtime_type_name()
    {
        var result = await StarWars.ExecuteAsync("{ r2: hero { __typename name } luke: hero(episode: EMPIRE) { __typename name } }");

        result.ToJson().ShouldBe(StarWars.Json("""
            {"data":{"r2":{"__typename":"Droid","name":"R2-D2"},"luke":{"__typename":"Human","name":"Luke Skywalker"}}}
            """));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Reports_resolver_errors_with_path_and_location_and_keeps_siblings()
    {
        var result = await StarWars.ExecuteAsync("""
            query HeroNameQuery {
              hero {
                name
                secretBackstory
              }
            }
            """);

        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"secretBackstory is secret.","locations":[{"line":4,"column":5}],"path":["hero","secretBackstory"]}],
             "data":{"hero":{"name":"R2-D2","secretBackstory":null}}}
            """));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Reports_list_item_errors_with_indices_and_aliases_in_the_path()
    {
        var result = await StarWars.ExecuteAsync("{ mainHero: hero { friends { story: secretBackstory } } }");

        result.Errors.Select(error => string.Join('/', error.Path!)).Order().ShouldBe(
            ["mainHero/friends/0/story", "mainHero/friends/1/story", "mainHero/friends/2/story"]);
        result.ToJson().ShouldContain("""
            "data":{"mainHero":{"friends":[{"story":null},{"story":null},{"story":null}]}}
            """.Trim());
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Applies_skip_and_include_with_literals_and_variables()
    {
        const string Query = """
            query ($withId: Boolean!, $skipName: Boolean!) {
              hero {
                id @include(if: $withId)
                name @skip(if: $skipName)
                ... on Droid @skip(if: true) { primaryFunction }
                ... @include(if: $withId) { friends { name } }
                name
              }
            }
            """;

        var included = await StarWars.ExecuteAsync(Query, new Dictionary<string, object?> { ["withId"] = true, ["skipName"] = true });
        var skipped = await StarWars.ExecuteAsync(Query, new Dictionary<string, object?> { ["withId"] = false, ["skipName"] = false });

        included.ToJson().ShouldBe(StarWars.Json("""
            {"data":{"hero":{"id":"2001","friends":[{"name":"Luke Skywalker"},{"name":"Han Solo"},{"name":"Leia Organa"}],"name":"R2-D2"}}}
            """));
        skipped.ToJson().ShouldBe(StarWars.Json("""{"data":{"hero":{"name":"R2-D2"}}}"""));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Rejects_missing_required_variable_as_a_request_error_without_data()
    {
        var result = await StarWars.ExecuteAsync("query ($id: String!) { human(id: $id) { name } }");

        result.HasData.ShouldBeFalse();
        result.ToJson().ShouldBe(StarWars.Json("""
            {"errors":[{"message":"Variable \"$id\" has invalid value: Expected a value of non-null type \"String!\" to be provided.","locations":[{"line":1,"column":8}]}]}
            """));
    }

    [SharedDataFact(StarWars.Folder)]
    public async Task Rejects_invalid_enum_variable_value()
    {
        var result = await StarWars.ExecuteAsync(
            "query ($ep: Episode) { hero(episode: $ep) { name } }",
            new Dictionary<string, object?> { ["ep"] = "PHANTOM" });

        result.HasData.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Variable \"$ep\" has invalid value: Value \"PHANTOM\" does not exist in \"Episode\" enum.");
    }
}
