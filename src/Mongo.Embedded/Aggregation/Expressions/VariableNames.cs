namespace Serverless.Mongo.Embedded.Aggregation.Expressions;

/// <summary>
/// User variable names (manual "Variables in Aggregation Expressions"): they must start with a lowercase
/// ASCII letter or a non-ASCII character and contain only letters, digits, '_' and non-ASCII characters.
/// </summary>
internal static class VariableNames
{
    public static string Validate(string name)
    {
        if (name.Length == 0)
        {
            throw AggregationErrors.Location(16866, "empty variable names are not allowed");
        }

        if (!(char.IsAsciiLetterLower(name[0]) || name[0] > 127))
        {
            throw AggregationErrors.Location(16867, $"'{name}' starts with an invalid character for a user variable name");
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c > 127))
            {
                throw AggregationErrors.Location(16868, $"'{name}' contains an invalid character for a variable name: '{c}'");
            }
        }

        return name;
    }
}
