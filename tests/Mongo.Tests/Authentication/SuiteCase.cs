using System.Diagnostics.CodeAnalysis;
using Serverless.Bson;
using Serverless.TestSupport;

namespace Serverless.Mongo.Tests.Authentication;

/// <summary>Runs one conformance case into a <see cref="SuiteReport"/>: a thrown exception is that case's failure.</summary>
internal static class SuiteCase
{
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Every failure of one case, whatever its type, is recorded in the report, and the suite test fails on it.")]
    public static bool Run(SuiteReport report, string caseName, Action check)
    {
        try
        {
            check();
            report.Pass();
            return true;
        }
        catch (Exception e)
        {
            report.Fail(caseName, $"{e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <inheritdoc cref="Run"/>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Every failure of one case, whatever its type, is recorded in the report, and the suite test fails on it.")]
    public static async Task<bool> RunAsync(SuiteReport report, string caseName, Func<Task> check)
    {
        try
        {
            await check().ConfigureAwait(false);
            report.Pass();
            return true;
        }
        catch (Exception e)
        {
            report.Fail(caseName, $"{e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>Same fields and values in any order (commands are order-free after their first field).</summary>
    public static void ShouldHaveSameFields(BsonDocument actual, BsonDocument expected, string what)
    {
        var actualNames = actual.Names.Order(StringComparer.Ordinal).ToList();
        var expectedNames = expected.Names.Order(StringComparer.Ordinal).ToList();
        if (!actualNames.SequenceEqual(expectedNames, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{what} has fields [{string.Join(", ", actualNames)}], expected [{string.Join(", ", expectedNames)}]");
        }

        foreach (var name in expectedNames)
        {
            if (!BsonValueComparer.Instance.Equals(actual[name], expected[name]))
            {
                throw new InvalidOperationException($"{what}.{name} is {actual[name]}, expected {expected[name]}");
            }
        }
    }

    public static void ShouldBeEqual<T>(T actual, T expected, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            throw new InvalidOperationException($"{what} is '{actual}', expected '{expected}'");
        }
    }
}
