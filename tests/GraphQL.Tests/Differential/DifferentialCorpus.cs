namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// The whole differential corpus: per schema the hand-written cases plus generated ones (fixed seeds, so every run
/// sends graphql-js the same queries). Schema names are the keys tests/Oracles/differential.mjs understands.
/// </summary>
internal static class DifferentialCorpus
{
    public const string StarWarsSchema = "starwars";
    public const string HarnessSchema = "harness";

    private const int GeneratedValid = 70;
    private const int GeneratedMutated = 52;

    /// <summary>Star Wars ids plus one that matches nothing, so generated ids mostly find characters.</summary>
    private static readonly string[] StarWarsIds = ["1000", "1001", "1002", "1003", "1004", "2000", "2001", "3000"];

    private static readonly string[] HarnessIds = ["1", "2", "default", "9"];

    public static IReadOnlyList<DifferentialCase> StarWars() =>
        [.. StarWarsCorpus.HandWritten, .. new QueryGenerator(Execution.StarWars.Schema, seed: 1977, StarWarsIds).Generate("generated", GeneratedValid, GeneratedMutated)];

    public static IReadOnlyList<DifferentialCase> Harness() =>
        [.. HarnessCorpus.HandWritten, .. new QueryGenerator(HarnessExecution.Schema, seed: 2015, HarnessIds).Generate("generated", GeneratedValid, GeneratedMutated)];
}
