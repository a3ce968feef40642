using System.Net;
using System.Text;
using System.Text.Json;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Http;

/// <summary>
/// Every row of the reference's status table (§3.4, with its [REC]s) through the real Kestrel server; the 500 rows are
/// in <see cref="DatabaseUnavailableTests"/>, the 408 row in <see cref="TimeLimitTests"/>.
/// </summary>
public sealed class StatusTableTests : IClassFixture<ServedApps>
{
    private const string NotFoundBody = """{"errors":[{"message":"GraphQL app not found","locations":[],"extensions":{"classification":"ExecutionAborted"}}]}""";
    private const string MethodNotAllowedBody = """{"errors":[{"message":"Method Not Allowed","locations":[],"extensions":{"classification":"ExecutionAborted"}}]}""";
    private const string QueryCannotBeNullBody = """{"errors":[{"message":"Query cannot be null","locations":[],"extensions":{"classification":"DataFetchingException"}}]}""";
    private const string BadContentTypeBody = """{"http status code":400,"http status description":"Bad Request","message":"Bad request: Content-Type must be either application/graphql or application/json"}""";

    private readonly ServiceUnderTest _service;

    public StatusTableTests(ServedApps apps) => _service = apps.Service;

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Methods_other_than_get_post_and_options_get_405_with_the_reference_body(string method)
    {
        using var response = await _service.SendAsync(new HttpMethod(method), "/graphql/people", new StringContent("{}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.Content.ReadAsStringAsync()).ShouldBe(MethodNotAllowedBody);
        response.Content.Headers.Allow.ShouldContain("POST");
    }

    [Fact]
    public async Task The_method_is_checked_before_the_app_exists()
    {
        using var response = await _service.SendAsync(HttpMethod.Delete, "/graphql/no-such-app");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/graphql/no-such-app")]
    [InlineData("/graphql/off")]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task Unknown_disabled_and_empty_app_uris_get_404(string path)
    {
        using var response = await _service.PostJsonAsync(path, """{"query":"{ people { name } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldBe(NotFoundBody);
    }

    [Fact]
    public async Task An_invalid_definition_gets_400_with_its_message()
    {
        using var response = await _service.PostJsonAsync("/graphql/bad", """{"query":"{ x }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString()!.ShouldStartWith("Invalid GraphQL app definition: Invalid GraphQL schema: ");
        error.GetProperty("locations").GetArrayLength().ShouldBe(0);
        error.GetProperty("extensions").GetProperty("classification").GetString().ShouldBe("ExecutionAborted");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/graphql-response+json")]
    public async Task A_body_of_another_content_type_gets_400_with_the_restheart_error_document(string contentType)
    {
        using var response = await _service.SendAsync(HttpMethod.Post, "/graphql/people", new StringContent("{ people { name } }", Encoding.UTF8, contentType));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe(BadContentTypeBody);
        // Not a GraphQL response, so not labelled as one (graphql-over-http "Status Codes").
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task A_body_without_content_type_gets_400()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ people { name } }"}"""));
        using var response = await _service.SendAsync(HttpMethod.Post, "/graphql/people", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe(BadContentTypeBody);
    }

    [Theory]
    [InlineData("""{"variables":{}}""")]
    [InlineData("""{"query":42}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task A_missing_or_non_string_query_gets_400_query_cannot_be_null(string body)
    {
        using var response = await _service.PostJsonAsync("/graphql/people", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe(QueryCannotBeNullBody);
    }

    [Fact]
    public async Task An_empty_application_graphql_body_gets_400_query_cannot_be_null()
    {
        using var response = await _service.PostGraphQLAsync("/graphql/people", string.Empty);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe(QueryCannotBeNullBody);
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_graphql_shaped_error()
    {
        using var response = await _service.PostJsonAsync("/graphql/people", """{ "not a JSON""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString()!.ShouldStartWith("Bad Request: ");
        error.GetProperty("extensions").GetProperty("classification").GetString().ShouldBe("ValidationError");
    }

    [Fact]
    public async Task A_syntax_error_gets_400_wrapped_in_an_errors_list()
    {
        using var response = await _service.PostJsonAsync("/graphql/people", """{"query":"{ people { name "}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.TryGetProperty("data", out _).ShouldBeFalse();
        var error = body.RootElement.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("message").GetString()!.ShouldStartWith("Syntax Error");
        error.GetProperty("extensions").GetProperty("classification").GetString().ShouldBe("InvalidSyntax");
    }

    [Theory]
    [InlineData("""{"query":"{ people { nosuchfield } }"}""")]
    [InlineData("""{"query":"{ people(nosucharg: 1) { name } }"}""")]
    [InlineData("""{"query":"query A { people { name } } query B { people { age } }"}""")]
    [InlineData("""{"query":"query A { people { name } }","operationName":"foo"}""")]
    public async Task Validation_and_operation_selection_errors_get_400_without_data(string body)
    {
        using var response = await _service.PostJsonAsync("/graphql/people", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.TryGetProperty("data", out _).ShouldBeFalse();
        document.RootElement.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);
        document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("classification").GetString().ShouldBe("ValidationError");
    }

    [Fact]
    public async Task Errors_with_null_data_get_400_with_the_full_result()
    {
        using var response = await _service.PostJsonAsync("/graphql/people", """{"query":"{ broken { name } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
        document.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("unbound");
    }

    [Fact]
    public async Task Errors_with_partial_data_get_200()
    {
        using var response = await _service.PostJsonAsync("/graphql/people", """{"query":"{ brokenNullable { name } people { name } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(1);
        document.RootElement.GetProperty("data").GetProperty("brokenNullable").ValueKind.ShouldBe(JsonValueKind.Null);
        document.RootElement.GetProperty("data").GetProperty("people").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_result_without_errors_gets_200_with_data_only()
    {
        using var response = await _service.PostJsonAsync("/graphql/people", """{"query":"{ people { name age } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"people":[{"name":"Ada","age":36},{"name":"Grace","age":45}]}}""");
    }

    [Fact]
    public async Task Apps_with_multi_segment_uris_are_served()
    {
        using var response = await _service.PostJsonAsync("/graphql/nested/app/v1/", """{"query":"{ people { name } }"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_runs_queries_from_the_query_string()
    {
        using var response = await _service.SendAsync(HttpMethod.Get, "/graphql/people?query=" + Uri.EscapeDataString("query Q($t: String!) { __type(name: $t) { name } people { name } }") + "&variables=" + Uri.EscapeDataString("""{"t":"Person"}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"__type":{"name":"Person"},"people":[{"name":"Ada"},{"name":"Grace"}]}}""");
    }

    [Fact]
    public async Task A_mutation_over_get_gets_405_and_may_be_posted()
    {
        using var response = await _service.SendAsync(HttpMethod.Get, "/graphql/people?query=" + Uri.EscapeDataString("mutation { touch }"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        using var posted = await _service.PostJsonAsync("/graphql/people", """{"query":"mutation { touch }"}""");
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"query":"{ people { name } }","variables":"x"}""")]
    [InlineData("""{"query":"{ people { name } }","variables":[1]}""")]
    [InlineData("""{"query":"{ people { name } }","operationName":7}""")]
    [InlineData("""{"query":"{ people { name } }","extensions":false}""")]
    public async Task Parameters_of_the_wrong_json_type_get_400(string body)
    {
        using var response = await _service.PostJsonAsync("/graphql/people", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SingleErrorAsync(response)).GetProperty("extensions").GetProperty("classification").GetString().ShouldBe("ValidationError");
    }

    [Fact]
    public async Task Null_optional_parameters_are_absent()
    {
        using var response = await _service.PostJsonAsync("/graphql/people", """{"query":"{ people { name } }","variables":null,"operationName":null,"extensions":null}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("errors").EnumerateArray().Single().Clone();
    }
}
