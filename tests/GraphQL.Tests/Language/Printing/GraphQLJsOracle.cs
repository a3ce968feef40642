using System.Text.Json;
using Serverless.GraphQL.Language;
using Serverless.TestSupport;

namespace Serverless.GraphQL.Tests.Language.Printing;

/// <summary>Runs tests/Oracles/print.mjs (graphql-js print(parse(source))) and compares our parser and printer with it.</summary>
internal static class GraphQLJsOracle
{
    public static async Task<IReadOnlyList<OracleResult>> RunAsync(IReadOnlyList<OracleCase> cases, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Serialize(cases.Select(c => new { name = c.Name, source = c.Source, maxTokens = c.MaxTokens }));
        var output = await NodeOracle.RunAsync("print.mjs", input, cancellationToken);
        return JsonSerializer.Deserialize<List<OracleResult>>(output) ?? throw new InvalidOperationException("print.mjs wrote no JSON array");
    }

    /// <summary>Null when ours agrees with graphql-js, else why not.</summary>
    public static string? Compare(OracleCase testCase, OracleResult expected)
    {
        string? printed = null;
        GraphQLSyntaxException? error = null;
        try
        {
            printed = Printer.Print(Parser.Parse(testCase.Source, new ParserOptions { MaxTokens = testCase.MaxTokens }));
        }
        catch (GraphQLSyntaxException caught)
        {
            error = caught;
        }

        if (expected.Error is { } expectedError)
        {
            if (error is null)
            {
                return $"graphql-js rejects it ({expectedError.Message}) but we printed {printed}";
            }

            var ours = $"{error.Message} ({error.Line}:{error.Column})";
            var theirs = $"{expectedError.Message} ({expectedError.Line}:{expectedError.Column})";
            return ours == theirs ? null : $"error differs: ours {ours}, graphql-js {theirs}";
        }

        if (error is not null)
        {
            return $"we reject it ({error.Message} at {error.Line}:{error.Column}) but graphql-js prints it";
        }

        return printed == expected.Printed ? null : $"printed differently:\n--- ours\n{printed}\n--- graphql-js\n{expected.Printed}";
    }
}
