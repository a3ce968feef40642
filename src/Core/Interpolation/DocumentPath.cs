using System.Globalization;
using Serverless.Bson;

namespace Serverless.Core.Interpolation;

/// <summary>
/// The field-to-field path walk (§5), also used by <c>$fk</c> (§6.3): a document key (numeric-looking keys too),
/// an array integer index (out of range or negative → missing), or, on an array with a non-integer segment, the
/// rest of the path mapped over every element into an array whose elements lacking the field are BSON null.
/// </summary>
public static class DocumentPath
{
    /// <summary>The value at <paramref name="path"/>, or C# null when the source is null/BSON null or the path is missing.</summary>
    public static BsonValue? Walk(BsonValue? source, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return source is null or BsonNull ? null : Walk(source, path.Split('.'), 0);
    }

    private static BsonValue? Walk(BsonValue current, string[] segments, int position)
    {
        if (position == segments.Length)
        {
            return current;
        }

        var segment = segments[position];
        switch (current)
        {
            case BsonDocument document:
                return document.TryGetValue(segment, out var child) ? Walk(child, segments, position + 1) : null;
            case BsonArray array when int.TryParse(segment, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index):
                return index >= 0 && index < array.Count ? Walk(array[index], segments, position + 1) : null;
            case BsonArray array:
                return new BsonArray(array.Select(element => Walk(element, segments, position) ?? BsonNull.Value));
            default:
                return null;
        }
    }
}
