namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// The whole differential corpus: per schema the hand-written cases plus generated ones (fixed seeds, so every run
/// sends graphql-js the same queries). Schema names are the keys tests/Oracles/differential.mjs understands.
/// </summary>
internal static class DifferentialCorpus
{
    public const string StarWarsSchema = "starwars";
    public const string HarnessSchema = "harness";

    private const int GeneratedValid = 100;
    private const int GeneratedMutated = 65;

    /// <summary>Star Wars ids plus one that matches nothing, so generated ids mostly find characters.</summary>
    private static readonly string[] StarWarsIds = ["1000", "1001", "1002", "1003", "1004", "2000", "2001", "3000"];

    private static readonly string[] HarnessIds = ["1", "2", "3", "4", "default", "9"];

    /// <summary>Cases whose verdict is not compared, with the reason (listed as skipped in corpus-validate).</summary>
    public static IReadOnlyDictionary<string, string> ValidationSkips { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"{StarWarsSchema}/parse-empty-selection"] =
            "deliberate: empty selection sets are a syntax error per the September 2025 spec (§2.4 SelectionSet needs one " +
            "Selection, src/GraphQL/Language/README.md); graphql-js 17 accepts `{}`",
    };

    /// <summary>Valid cases whose execution is not compared, with the reason (listed as skipped in corpus-execute).</summary>
    public static IReadOnlyDictionary<string, string> ExecutionSkips { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"{HarnessSchema}/subscription-operation"] =
            "deliberate: Executor.ExecuteAsync answers a subscription operation with a request error pointing to SubscribeAsync " +
            "(§6.2.3, src/GraphQL/Execution/README.md); graphql-js execute() runs its selection set once like a query",
    };

    public static IReadOnlyList<DifferentialCase> StarWars() =>
        [.. StarWarsCorpus.HandWritten, .. new QueryGenerator(Execution.StarWars.Schema, seed: 1977, StarWarsIds).Generate("generated", GeneratedValid, GeneratedMutated)];

    public static IReadOnlyList<DifferentialCase> Harness() =>
        [.. HarnessCorpus.HandWritten, .. new QueryGenerator(HarnessExecution.Schema, seed: 2015, HarnessIds).Generate("generated", GeneratedValid, GeneratedMutated)];
}
