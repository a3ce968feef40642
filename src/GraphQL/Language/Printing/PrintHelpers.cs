namespace Serverless.GraphQL.Language;

/// <summary>graphql-js's printer combinators (join, wrap, block), with the same mutation and length rules.</summary>
internal static class PrintHelpers
{
    public const int MaxLineLength = 80;

    public static PrintBuffer Text(string value) => value.Length == 0 ? PrintBuffer.Empty : new PrintBuffer(value);

    /// <summary>Joins the non-empty items with a separator; the first non-empty item becomes the head.</summary>
    public static PrintBuffer Join(string separator, params IEnumerable<PrintBuffer?> items)
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            if (item is null || item.Length == 0)
            {
                continue;
            }

            if (result.Length == 0)
            {
                result = item;
            }
            else
            {
                result.Append(separator);
                result.Append(item);
            }
        }

        return result;
    }

    public static PrintBuffer Concat(params IEnumerable<PrintBuffer?> items) => Join(string.Empty, items);

    /// <summary><c>start + buffer + end</c> when the buffer is not empty, else empty.</summary>
    public static PrintBuffer Wrap(string start, PrintBuffer? buffer, string end = "")
    {
        if (buffer is null || buffer.Length == 0)
        {
            return PrintBuffer.Empty;
        }

        return start.Length == 0 ? buffer.Append(end) : new PrintBuffer(start).Append(buffer).Append(end);
    }

    public static PrintBuffer Block(IReadOnlyList<PrintBuffer> items) => Wrap("{\n", Join("\n", items).Indent(), "\n}");

    public static int JoinedLength(IReadOnlyList<PrintBuffer> items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }

        return length;
    }

    public static bool HasMultilineItems(IReadOnlyList<PrintBuffer> items) => items.Any(item => item.Newlines != 0);

    /// <summary>Argument lists wrap one per line once the line would pass 80 characters.</summary>
    public static PrintBuffer WrappedLineAndArgs(PrintBuffer prefix, IReadOnlyList<PrintBuffer> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var wrapped = prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
            ? Wrap("(\n", Join("\n", arguments).Indent(), "\n)")
            : Wrap("(", Join(", ", arguments), ")");
        return Concat(prefix, wrapped);
    }
}
