using System.Globalization;

namespace Serverless.Mongo.Embedded.Query;

/// <summary>
/// The order in which the server applies update operations: by path, segment by segment, numeric segments
/// numerically and names lexicographically (manual "$set": "Starting in MongoDB 5.0, update operators process
/// document fields with string-based names in lexicographic order. Fields with numeric names are processed in
/// numeric order.").
/// </summary>
internal static class PathOrder
{
    public static int Compare(string[] x, string[] y)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var result = CompareSegments(x[i], y[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int CompareSegments(string x, string y)
    {
        var xNumeric = long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var xn);
        var yNumeric = long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yn);
        return xNumeric && yNumeric ? xn.CompareTo(yn) : string.CompareOrdinal(x, y);
    }
}
