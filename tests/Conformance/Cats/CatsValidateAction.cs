using Serverless.GraphQL.Language;
using Serverless.GraphQL.Validation;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>cats <c>validate: [Rule, …]</c>: validate the query with only the listed rules (graphql-js names).</summary>
public sealed class CatsValidateAction(IReadOnlyList<string> ruleNames) : ICatsAction
{
    public Task<CatsOutcome> RunAsync(CatsGiven given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(given);
        var missing = ruleNames.Where(name => SpecifiedRules.All.All(rule => rule.Name != name)).ToList();
        if (missing.Count > 0)
        {
            return Task.FromResult(CatsOutcome.Skipped($"not yet supported: validation rule {string.Join(", ", missing)}"));
        }

        var schema = CatsSchemaFactory.Build(given.Schema ?? throw new InvalidOperationException("validate needs a schema"), new CatsTestData(given.TestData));
        var options = new ValidationOptions { Rules = [.. SpecifiedRules.All.Where(rule => ruleNames.Contains(rule.Name))] };
        var errors = DocumentValidator.Validate(schema, Parser.Parse(given.Query), options);
        return Task.FromResult(new CatsOutcome(false, [.. errors.Select(ToCats)], false, null));
    }

    internal static CatsError ToCats(ValidationError error) =>
        new(error.Message, [.. error.Locations.Select(l => (l.Line, l.Column))]);
}
