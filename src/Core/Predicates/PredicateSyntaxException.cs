namespace Serverless.Core.Predicates;

/// <summary>A <c>$typeResolver</c> predicate that does not follow the grammar of §11 or names an unknown predicate.</summary>
public sealed class PredicateSyntaxException : Exception
{
    public PredicateSyntaxException()
    {
    }

    public PredicateSyntaxException(string message)
        : base(message)
    {
    }

    public PredicateSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
