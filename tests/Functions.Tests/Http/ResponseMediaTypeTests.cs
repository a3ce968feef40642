using Serverless.Functions.Http;

namespace Serverless.Functions.Tests.Http;

public sealed class ResponseMediaTypeTests
{
    [Theory]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.1", "application/graphql-response+json")]
    [InlineData("APPLICATION/JSON", "application/json")]
    [InlineData("not a media type ,,", "application/graphql-response+json")]
    [InlineData("", "application/graphql-response+json")]
    public void Chooses_by_what_the_accept_header_lists(string accept, string expected)
    {
        ResponseMediaType.Choose([accept]).ShouldBe(expected);
    }
}
