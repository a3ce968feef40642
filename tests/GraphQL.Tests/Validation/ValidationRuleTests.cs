using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>Each rule alone gives graphql-js's messages and locations on the cases of <see cref="RuleCases"/>.</summary>
public sealed class ValidationRuleTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < RuleCases.All.Count; i++)
        {
            data.Add(RuleCases.All[i].Rule, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_reports_graphql_js_errors(string rule, int index)
    {
        var testCase = RuleCases.All[index];
        var options = new ValidationOptions { Rules = [SpecifiedRules.Get(rule)] };

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(testCase.Query), options);

        errors.Select(Format).ShouldBe(testCase.Expected, testCase.Query);
    }

    [Fact]
    public void Every_specified_rule_has_table_cases()
    {
        var covered = RuleCases.All.Select(c => c.Rule).ToHashSet();
        SpecifiedRules.All.Where(r => !covered.Contains(r.Name)).Select(r => r.Name).ShouldBeEmpty();
    }

    internal static string Format(ValidationError error) =>
        $"{error.Message} @ {string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
