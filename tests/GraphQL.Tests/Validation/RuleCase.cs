namespace Serverless.GraphQL.Tests.Validation;

/// <summary>A query validated with one rule and the errors graphql-js reports for it.</summary>
public sealed record RuleCase(string Rule, string Query, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{Rule}: {Query}";
}
