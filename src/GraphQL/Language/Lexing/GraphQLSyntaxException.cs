namespace Serverless.GraphQL.Language;

/// <summary>
/// A document that does not follow the grammar. <see cref="Exception.Message"/> reads as graphql-js's
/// (<c>Syntax Error: Unexpected Name "x".</c>); line and column are 1-based, columns in UTF-16 code units.
/// </summary>
public class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
        : this("Syntax error.", 0, 0, 0)
    {
    }

    public GraphQLSyntaxException(string message)
        : this(message, 0, 0, 0)
    {
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base("Syntax Error: " + message, innerException)
    {
        Description = message;
    }

    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; } = string.Empty;

    /// <summary>UTF-8 byte offset of the error in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }
}
