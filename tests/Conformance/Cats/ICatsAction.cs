using System.Text.Json.Nodes;

namespace Serverless.Conformance.Tests.Cats;

/// <summary>One cats "when" action (parse, validate, execute) run against our engine.</summary>
public interface ICatsAction
{
    Task<CatsOutcome> RunAsync(CatsGiven given, CancellationToken cancellationToken);

    /// <summary>The action named by a "when" block.</summary>
    static ICatsAction From(JsonObject when) =>
        when switch
        {
            _ when when["parse"] is not null => new CatsParseAction(),
            _ when when["validate"] is JsonArray rules => new CatsValidateAction([.. rules.Select(r => r!.GetValue<string>())]),
            _ when when["execute"] is JsonObject options => new CatsExecuteAction(options),
            _ when when["execute"] is not null => new CatsExecuteAction([]),
            _ => throw new InvalidOperationException($"Unknown cats action {when.ToJsonString()}"),
        };
}
