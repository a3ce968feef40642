using Serverless.GraphQL.Language;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>cats <c>parse: true</c>: only lex and parse the document (SDL in SchemaParser.yaml).</summary>
public sealed class CatsParseAction : ICatsAction
{
    public Task<CatsOutcome> RunAsync(CatsGiven given, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(given);
        try
        {
            Parser.Parse(given.Query);
            return Task.FromResult(new CatsOutcome(false, [], false, null));
        }
        catch (GraphQLSyntaxException syntax)
        {
            return Task.FromResult(new CatsOutcome(true, [new CatsError(syntax.Message, [])], false, null));
        }
    }
}
