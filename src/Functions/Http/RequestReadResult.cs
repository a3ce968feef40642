namespace Serverless.Functions.Http;

/// <summary>Either a well-formed request or the error response that answers it.</summary>
public sealed record RequestReadResult(GraphQLHttpRequest? Request, HttpErrorBody? Error)
{
    public static RequestReadResult Of(GraphQLHttpRequest request) => new(request, null);

    public static RequestReadResult Fail(HttpErrorBody error) => new(null, error);
}
