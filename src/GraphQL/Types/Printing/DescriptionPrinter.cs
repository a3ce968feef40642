using System.Text;
using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Types;

/// <summary>Prints descriptions and deprecations the way graphql-js <c>printSchema</c> lays them out.</summary>
internal static class DescriptionPrinter
{
    /// <summary>The description as a block string when it survives the round trip, else a quoted string; then a newline.</summary>
    public static string Print(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = Printer.Print(new StringValueNode(default, description, IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    public static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.Print(new StringValueNode(default, reason, block: false))})",
    };

    /// <summary>
    /// Whether BlockStringValue() (§2.9.4) of the printed block string gives back exactly <paramref name="value"/>:
    /// no control characters or carriage returns, no leading or trailing blank lines, no indentation common to every
    /// line (block string dedent would strip it).
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        var lines = value.Split('\n');
        if (value.Length == 0)
        {
            return true;
        }

        if (value.Any(c => c < ' ' && c is not '\t' and not '\n'))
        {
            return false;
        }

        if (IsBlank(lines[0]) && lines.Length > 1 || IsBlank(lines[^1]))
        {
            return false;
        }

        var nonBlank = lines.Where(line => !IsBlank(line)).ToList();
        return lines.Length == 1 || !nonBlank.All(line => line[0] is ' ' or '\t');
    }

    private static bool IsBlank(string line) => line.All(c => c is ' ' or '\t');

    public static string Quoted(string value) => Printer.Print(new StringValueNode(default, value, block: false));

    public static StringBuilder AppendLines(this StringBuilder builder, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        return items.Count == 0 ? builder : builder.Append(" {\n").AppendJoin('\n', items).Append("\n}");
    }
}
