using System.Diagnostics;
using System.Globalization;
using Serverless.GraphQL.Language;
using Serverless.TestSupport;
using Xunit.Abstractions;

namespace Serverless.GraphQL.Tests.Language.Parsing;

/// <summary>
/// Parses the large GitHub schema: printing must be a fixed point (print(parse(print(parse(x)))) equals
/// print(parse(x))), and the test writes parse throughput to its output as a micro-check. Throughput is reported,
/// never asserted: the build machine is shared and timings vary.
/// </summary>
public sealed class ParseThroughputTests(ITestOutputHelper output)
{
    private const string GithubSchema = "specs/graphql/fixtures/graphql-js/github-schema.graphql";

    [SharedDataFact(GithubSchema)]
    public void Github_schema_prints_to_a_fixed_point_and_reports_parse_throughput()
    {
        var bytes = File.ReadAllBytes(RepositoryLayout.Shared(GithubSchema));
        var printed = Printer.Print(Parser.Parse(bytes));
        Printer.Print(Parser.Parse(printed)).ShouldBe(printed);

        const int runs = 20;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            Parser.Parse(bytes);
        }

        var megabytesPerSecond = bytes.Length * (double)runs / clock.Elapsed.TotalSeconds / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse github-schema.graphql ({bytes.Length} bytes): {megabytesPerSecond:F1} MB/s wall clock"));
    }
}
