namespace Serverless.Mongo.Embedded.Query;

/// <summary>Factories for the server error codes the query engine raises (error_codes.yml).</summary>
internal static class QueryErrors
{
    public static QueryException BadValue(string message) => new(2, "BadValue", message);

    public static QueryException FailedToParse(string message) => new(9, "FailedToParse", message);

    public static QueryException TypeMismatch(string message) => new(14, "TypeMismatch", message);

    public static QueryException PathNotViable(string message) => new(28, "PathNotViable", message);

    public static QueryException ConflictingUpdateOperators(string message) => new(40, "ConflictingUpdateOperators", message);

    public static QueryException DollarPrefixedFieldName(string message) => new(52, "DollarPrefixedFieldName", message);

    public static QueryException NotSingleValueField(string message) => new(54, "NotSingleValueField", message);

    public static QueryException EmptyFieldName(string message) => new(56, "EmptyFieldName", message);

    public static QueryException ImmutableField(string message) => new(66, "ImmutableField", message);

    public static QueryException NotImplemented(string message) => new(238, "NotImplemented", message);

    public static QueryException Location(int code, string message) => new(code, "Location" + code.ToString(System.Globalization.CultureInfo.InvariantCulture), message);
}
