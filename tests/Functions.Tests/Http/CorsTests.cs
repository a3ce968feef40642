using System.Net;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Http;

/// <summary>CORS with configured origins (reference §3.1 steps 3 and 5); the fixture allows two origins.</summary>
public sealed class CorsTests : IClassFixture<ServedApps>
{
    private readonly ServiceUnderTest _service;

    public CorsTests(ServedApps apps) => _service = apps.Service;

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_gets_200_with_the_cors_headers_and_no_body()
    {
        using var response = await _service.SendAsync(HttpMethod.Options, "/graphql/people", origin: "https://allowed.example");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://allowed.example"]);
        response.Headers.GetValues("Access-Control-Allow-Credentials").ShouldBe(["true"]);
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")).ShouldContain("POST");
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ShouldContain("Content-Type");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_preflight_for_an_unknown_app_gets_404()
    {
        using var response = await _service.SendAsync(HttpMethod.Options, "/graphql/no-such-app", origin: "https://allowed.example");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Other_origins_get_no_cors_headers()
    {
        using var preflight = await _service.SendAsync(HttpMethod.Options, "/graphql/people", origin: "https://evil.example");
        using var post = await _service.PostJsonAsync("/graphql/people", """{"query":"{ people { name } }"}""");

        preflight.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        preflight.Headers.Contains("Access-Control-Allow-Methods").ShouldBeFalse();
        post.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Responses_to_an_allowed_origin_carry_its_cors_headers()
    {
        using var content = new StringContent("""{"query":"{ people { name } }"}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await _service.SendAsync(HttpMethod.Post, "/graphql/people", content, origin: "https://other.example");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://other.example"]);
        response.Headers.Vary.ShouldContain("Origin");
    }
}
