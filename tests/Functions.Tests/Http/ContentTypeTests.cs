using System.Net;
using System.Text;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Http;

/// <summary>Request and response media types (reference §3.2, §3.3; graphql-over-http "Accept") through Kestrel.</summary>
public sealed class ContentTypeTests : IClassFixture<ServedApps>
{
    private const string Query = """{"query":"{ people { name } }"}""";

    private readonly ServiceUnderTest _service;

    public ContentTypeTests(ServedApps apps) => _service = apps.Service;

    [Theory]
    [InlineData(null, "application/graphql-response+json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, text/plain", "application/json")]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/*", "application/graphql-response+json")]
    [InlineData("text/html", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0, application/json", "application/json")]
    public async Task The_response_is_graphql_response_json_unless_json_is_all_the_client_accepts(string? accept, string expected)
    {
        using var response = await _service.PostJsonAsync("/graphql/people", Query, accept);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Error_responses_follow_the_same_media_type_rule(string accept)
    {
        using var response = await _service.PostJsonAsync("/graphql/no-such-app", Query, accept);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(accept);
    }

    [Theory]
    [InlineData("/graphql/people", HttpStatusCode.OK)]
    [InlineData("/graphql/no-such-app", HttpStatusCode.NotFound)]
    public async Task Responses_carry_the_exact_content_length_of_their_body_not_chunked_encoding(string path, HttpStatusCode status)
    {
        using var response = await _service.PostJsonAsync(path, Query, accept: null);

        response.StatusCode.ShouldBe(status);
        var body = await response.Content.ReadAsByteArrayAsync();
        body.Length.ShouldBeGreaterThan(0);
        response.Content.Headers.ContentLength.ShouldBe(body.Length);
        response.Headers.TransferEncodingChunked.ShouldNotBe(true);
    }

    [Fact]
    public async Task Json_bodies_may_name_their_utf8_charset()
    {
        var content = new StringContent("""{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"}""", Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _service.SendAsync(HttpMethod.Post, "/graphql/people", content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"__type":null}}""");
    }

    [Fact]
    public async Task An_application_graphql_body_is_the_query()
    {
        using var response = await _service.PostGraphQLAsync("/graphql/people", "{ people { age } }");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"people":[{"age":36},{"age":45}]}}""");
    }

    [Fact]
    public async Task Json_bodies_carry_variables_and_an_operation_name()
    {
        using var response = await _service.PostJsonAsync(
            "/graphql/people",
            """{"query":"query A { people { name } } query B($t: String!) { __type(name: $t) { name } }","operationName":"B","variables":{"t":"Person"},"extensions":{"any":"thing"}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"__type":{"name":"Person"}}}""");
    }
}
