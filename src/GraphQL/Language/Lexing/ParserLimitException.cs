namespace Serverless.GraphQL.Language;

/// <summary>A document rejected because it breaches one of the <see cref="ParserOptions"/> limits, not the grammar.</summary>
public sealed class ParserLimitException : GraphQLSyntaxException
{
    public ParserLimitException()
        : this(ParserLimit.MaxTokens, 0, "Parser limit exceeded.", 0, 0, 0)
    {
    }

    public ParserLimitException(string message)
        : this(ParserLimit.MaxTokens, 0, message, 0, 0, 0)
    {
    }

    public ParserLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ParserLimitException(ParserLimit limit, int maximum, string description, int position, int line, int column)
        : base(description, position, line, column)
    {
        Limit = limit;
        Maximum = maximum;
    }

    /// <summary>Which limit was breached.</summary>
    public ParserLimit Limit { get; }

    /// <summary>The configured maximum that was exceeded.</summary>
    public int Maximum { get; }
}
