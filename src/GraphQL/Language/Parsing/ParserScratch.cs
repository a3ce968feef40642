namespace Serverless.GraphQL.Language;

/// <summary>
/// The per-parse working memory that does not end up in the syntax tree: the name table and the stack the list
/// productions push onto. One instance per thread is reused from parse to parse (see <see cref="Parser"/>).
/// </summary>
internal sealed class ParserScratch(int sourceLength)
{
    public NameTable Names { get; } = new(sourceLength);

    public List<SyntaxNode> Nodes { get; } = new(64);
}
