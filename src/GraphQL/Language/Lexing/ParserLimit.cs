namespace Serverless.GraphQL.Language;

/// <summary>The abuse limits of <see cref="ParserOptions"/>.</summary>
public enum ParserLimit
{
    MaxSourceLength,
    MaxTokens,
    MaxDepth,
}
