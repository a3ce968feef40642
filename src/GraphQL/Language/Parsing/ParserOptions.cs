namespace Serverless.GraphQL.Language;

/// <summary>
/// Abuse limits for parsing untrusted documents. Each breach raises a <see cref="ParserLimitException"/> naming
/// the limit, before the parser spends more work or stack on the input.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>The defaults: no size or token limit, nesting depth 256.</summary>
    public static ParserOptions Default { get; } = new();

    private readonly int? _maxSourceLength;
    private readonly int? _maxTokens;
    private readonly int _maxDepth = 256;

    /// <summary>Most UTF-8 bytes a source may have; null for no limit.</summary>
    public int? MaxSourceLength
    {
        get => _maxSourceLength;
        init => _maxSourceLength = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must not be negative");
    }

    /// <summary>Most lexical tokens (ignored tokens excluded) a document may have; null for no limit.</summary>
    public int? MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must not be negative");
    }

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types. Recursive descent uses the call
    /// stack for nesting, so this is always bounded.
    /// </summary>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be at least 1");
    }
}
