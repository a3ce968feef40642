using Serverless.Bson;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// The target path of an update operator, possibly with the positional operators of the manual's
/// "Array Update Operators": <c>$</c> (the element the query matched), <c>$[]</c> (every element) and
/// <c>$[&lt;identifier&gt;]</c> (the elements an array filter selects).
/// </summary>
internal sealed class UpdatePath
{
    private UpdatePath(string text, string[] segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public string[] Segments { get; }

    /// <summary>The identifiers of the filtered positional segments, e.g. "elem" for <c>grades.$[elem]</c>.</summary>
    public IEnumerable<string> Identifiers => Segments.Where(IsFiltered).Select(s => s[2..^1]);

    public bool HasPositional => Segments.Any(s => s.StartsWith('$'));

    public static UpdatePath Parse(string text)
    {
        // Server: FieldRef validation in update_object_node / field_checker.
        if (text.Length == 0)
        {
            throw QueryErrors.EmptyFieldName("An empty update path is not valid.");
        }

        var segments = text.Split('.');
        if (segments.Any(s => s.Length == 0))
        {
            throw QueryErrors.EmptyFieldName($"The update path '{text}' contains an empty field name, which is not allowed.");
        }

        foreach (var segment in segments.Where(s => s.StartsWith('$') && s != "$" && !IsAll(s) && !IsFiltered(s)))
        {
            throw QueryErrors.DollarPrefixedFieldName($"The dollar ($) prefixed field '{segment}' in '{text}' is not valid for storage.");
        }

        if (segments.Count(s => s == "$") > 1)
        {
            throw QueryErrors.BadValue($"Too many positional (i.e. '$') elements found in path '{text}'");
        }

        return new UpdatePath(text, segments);
    }

    /// <summary>True when one path is a prefix of the other (or they are equal): the two updates would collide.</summary>
    public bool Overlaps(UpdatePath other)
    {
        var common = Math.Min(Segments.Length, other.Segments.Length);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(Segments[i], other.Segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The concrete paths this pattern denotes in the document being updated.</summary>
    public IEnumerable<string[]> Resolve(UpdateContext context)
    {
        if (!HasPositional)
        {
            return [Segments];
        }

        var results = new List<string[]>();
        Expand(context, context.Original, 0, [], results);
        return results;
    }

    private static bool IsAll(string segment) => segment == "$[]";

    private static bool IsFiltered(string segment) => segment.Length > 3 && segment.StartsWith("$[", StringComparison.Ordinal) && segment.EndsWith(']');

    private void Expand(UpdateContext context, BsonValue? current, int index, List<string> prefix, List<string[]> results)
    {
        if (index == Segments.Length)
        {
            results.Add([.. prefix]);
            return;
        }

        var segment = Segments[index];
        if (segment.StartsWith('$'))
        {
            foreach (var position in Positions(context, current, segment, prefix))
            {
                prefix.Add(position.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Expand(context, ((BsonArray)current!)[position], index + 1, prefix, results);
                prefix.RemoveAt(prefix.Count - 1);
            }

            return;
        }

        prefix.Add(segment);
        Expand(context, Child(current, segment), index + 1, prefix, results);
        prefix.RemoveAt(prefix.Count - 1);
    }

    private static IEnumerable<int> Positions(UpdateContext context, BsonValue? current, string segment, List<string> prefix)
    {
        var arrayPath = string.Join('.', prefix);
        if (segment == "$")
        {
            // Manual "$ (update)": the first element the query matched; an upsert insert has none.
            var matched = context.IsUpsertInsert || prefix.Count == 0
                ? null
                : context.Filter?.FindMatchedArrayIndex(context.Original, BsonPath.Parse(arrayPath));
            return matched is { } position && current is BsonArray
                ? [position]
                : throw QueryErrors.BadValue("The positional operator did not find the match needed from the query.");
        }

        if (current is null)
        {
            throw QueryErrors.BadValue($"The path '{arrayPath}' must exist in the document in order to apply array updates.");
        }

        if (current is not BsonArray array)
        {
            throw QueryErrors.BadValue($"Cannot apply array updates to non-array element {prefix[^1]}: {current}");
        }

        if (IsAll(segment))
        {
            return Enumerable.Range(0, array.Count);
        }

        var identifier = segment[2..^1];
        return Enumerable.Range(0, array.Count).Where(i => context.ArrayFilters.Matches(identifier, array[i]));
    }

    private static BsonValue? Child(BsonValue? current, string segment) =>
        current switch
        {
            BsonDocument document => document.GetValueOrDefault(segment),
            BsonArray array when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
            _ => null,
        };
}
