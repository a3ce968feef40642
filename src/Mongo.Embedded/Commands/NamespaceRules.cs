namespace Serverless.Mongo.Embedded.Commands;

/// <summary>Database and collection naming rules (manual "Naming Restrictions").</summary>
internal static class NamespaceRules
{
    private static readonly System.Buffers.SearchValues<char> ForbiddenDatabaseCharacters = System.Buffers.SearchValues.Create("/\\. \"$\0");

    public static void ValidateDatabaseName(string name)
    {
        if (name.Length == 0 || name.Length >= 64 || name.AsSpan().ContainsAny(ForbiddenDatabaseCharacters))
        {
            throw ServerErrors.InvalidNamespace($"Invalid database name: '{name}'");
        }
    }

    public static void ValidateCollectionName(string database, string name)
    {
        if (name.Length == 0)
        {
            throw ServerErrors.InvalidNamespace($"Invalid namespace specified '{database}.'");
        }

        if (name.Contains('\0', StringComparison.Ordinal) || name.Contains('$', StringComparison.Ordinal) || name.StartsWith('.'))
        {
            throw ServerErrors.InvalidNamespace($"Invalid collection name: {name}");
        }
    }
}
