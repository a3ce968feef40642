using System.Text;

namespace Serverless.GraphQL.Language;

/// <summary>
/// A rope of printed text that knows its length, its line count and where indentation starts and ends. It mirrors
/// graphql-js 17's printer buffer, because that printer decides line wrapping from exactly these lengths (which
/// count indentation added by <see cref="Indent"/>), and our output must match it character for character.
/// Buffers are consumed once: <see cref="Append"/> and <see cref="Indent"/> mutate the head they are called on.
/// </summary>
internal sealed class PrintBuffer
{
    /// <summary>The shared empty buffer; it is never mutated because every operation skips empty buffers.</summary>
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string _text;
    private readonly string[]? _lines;
    private PrintBuffer? _next;
    private PrintBuffer _tail;
    private bool _indentBefore;
    private bool _dedentAfter;

    public PrintBuffer(string value)
    {
        _tail = this;
        Length = value.Length;
        _text = value;
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            // Only multi-line text is split; most buffers are single tokens.
            _lines = value.Split('\n');
            Newlines = _lines.Length - 1;
        }

    }

    /// <summary>Characters in the whole rope, plus two per line for every indentation applied to it.</summary>
    public int Length { get; private set; }

    /// <summary>Line breaks in the whole rope.</summary>
    public int Newlines { get; private set; }

    public PrintBuffer Append(string text) => text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0)
        {
            return this;
        }

        _tail._next = next;
        _tail = next._tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    /// <summary>Indents every line of this rope by two spaces when rendered.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }

        _indentBefore = true;
        _tail._dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    /// <summary>Flattens the rope, putting the current indentation after every line break.</summary>
    public string Render()
    {
        var output = new StringBuilder(Length);
        var indentation = 0;
        for (var part = this; part is not null; part = part._next)
        {
            if (part._indentBefore)
            {
                indentation++;
                output.Append(' ', 2);
            }

            if (part._lines is null)
            {
                output.Append(part._text);
            }
            else
            {
                output.Append(part._lines[0]);
                for (var i = 1; i < part._lines.Length; i++)
                {
                    // graphql-js also indents the lines of block strings (descriptions inside types).
                    output.Append('\n').Append(' ', indentation * 2).Append(part._lines[i]);
                }
            }

            if (part._dedentAfter)
            {
                indentation--;
            }
        }

        return output.ToString();
    }

    public override string ToString() => Render();
}
