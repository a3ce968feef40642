namespace Serverless.GraphQL.Language;

/// <summary>A string or block string literal (§2.9.4) with its escapes resolved and block indentation removed.</summary>
public sealed class StringValueNode : ValueNode
{
    private string? _value;

    public StringValueNode(Location location, string value, bool block)
        : base(location)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
        Block = block;
    }

    /// <summary>
    /// A parsed block string whose value is computed on first read. Descriptions are block strings, most of a
    /// schema's bytes, and many are never read (a request document's validation never looks at them), so the
    /// parser keeps the token's span and dedents (§2.9.4 BlockStringValue()) only on demand. The lexer has already
    /// validated the token, so the deferred dedent cannot fail.
    /// </summary>
    private StringValueNode(Location location)
        : base(location) => Block = true;

    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The value; a parsed block string's value is computed once, on first read (a benign race at worst computes it twice).</summary>
    public string Value => _value ??= DedentSource();

    public bool Block { get; }

    /// <summary>A block string node for the BlockString token at <paramref name="location"/> (its """ included).</summary>
    internal static StringValueNode DeferredBlock(Location location) => new(location);

    public override TResult Accept<TResult>(ISyntaxVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }

    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>A copy of this node with <see cref="Value"/> replaced.</summary>
    public StringValueNode WithValue(string value) => new(Location, value, Block);

    /// <summary>A copy of this node with <see cref="Block"/> replaced.</summary>
    public StringValueNode WithBlock(bool block) => new(Location, Value, block);

    private string DedentSource()
    {
        // Only the deferred constructor leaves _value null, and it always has the parsed source.
        var source = Location.Source!.Utf8.Span;
        return BlockStringValue.Dedent(source[(Location.Start + 3)..(Location.End - 3)]);
    }
}
