using System.Globalization;
using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>Prints string values as graphql-js does: quoted with escapes, or as block strings.</summary>
internal static class StringPrinter
{
    /// <summary>A quoted string: C0 and C1 controls, quote and backslash escaped (graphql-js printString).</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A block string whose BlockStringValue() is <paramref name="value"/> (§2.9.4), laid out as graphql-js
    /// printBlockString: leading and trailing newlines are added when the value needs them to round-trip.
    /// </summary>
    public static string Block(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = BlockStringValue.SplitLines(escaped);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = lines.Count > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
