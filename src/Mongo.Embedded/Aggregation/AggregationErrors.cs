using System.Globalization;

namespace Serverless.Mongo.Embedded.Aggregation;

/// <summary>Factories for the server's aggregation errors, so codes and names are spelled in one place.</summary>
internal static class AggregationErrors
{
    /// <summary>A feature MongoDB has but this server does not implement: say so rather than guess.</summary>
    public static AggregationException NotImplemented(string what) =>
        new(238, "NotImplemented", $"{what} is not supported by the embedded server");

    /// <summary>An assertion site without a named code: the server reports it as "Location&lt;code&gt;".</summary>
    public static AggregationException Location(int code, string message) =>
        new(code, "Location" + code.ToString(CultureInfo.InvariantCulture), message);

    public static AggregationException BadValue(string message) => new(2, "BadValue", message);

    public static AggregationException FailedToParse(string message) => new(9, "FailedToParse", message);

    public static AggregationException TypeMismatch(string message) => new(14, "TypeMismatch", message);

    public static AggregationException InvalidPipelineOperator(string name) =>
        new(168, "InvalidPipelineOperator", $"Unrecognized expression '{name}'");

    public static AggregationException ConversionFailure(string message) => new(241, "ConversionFailure", message);

    /// <summary>Expression $op takes exactly N arguments (the server's 16020 family of arity errors).</summary>
    public static AggregationException Arity(string name, int min, int max, int actual)
    {
        var expected = min == max
            ? $"exactly {min}"
            : max == int.MaxValue ? $"at least {min}" : $"at least {min} and at most {max}";
        return Location(16020, $"Expression {name} takes {expected} arguments. {actual} were passed in.");
    }
}
