namespace Serverless.Mongo;

/// <summary>
/// Authentication failed: a SCRAM message was malformed or did not verify, or the server refused the credentials.
/// Carries the MongoDB error code the server reports (18, AuthenticationFailed, unless the server said otherwise).
/// </summary>
public sealed class MongoAuthenticationException : MongoException
{
    /// <summary>MongoDB's error code for a failed authentication (error_codes.yml: AuthenticationFailed).</summary>
    public const int AuthenticationFailedCode = 18;

    /// <summary>The code name MongoDB pairs with <see cref="AuthenticationFailedCode"/>.</summary>
    public const string AuthenticationFailedCodeName = "AuthenticationFailed";

    public MongoAuthenticationException()
        : this("Authentication failed.")
    {
    }

    public MongoAuthenticationException(string message)
        : this(message, AuthenticationFailedCode, AuthenticationFailedCodeName)
    {
    }

    public MongoAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = AuthenticationFailedCode;
        CodeName = AuthenticationFailedCodeName;
    }

    public MongoAuthenticationException(string message, int code, string codeName)
        : base(message)
    {
        Code = code;
        CodeName = codeName;
    }

    public int Code { get; }

    public string CodeName { get; }
}
