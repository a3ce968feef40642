namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// One engine's answer to a corpus case: the syntax or validation error messages (empty = valid) and, for a valid
/// document, the execution.
/// </summary>
internal sealed record CorpusAnswer(IReadOnlyList<string> Errors, ExecutionAnswer? Result)
{
    public override string ToString() =>
        Errors.Count > 0 ? $"invalid ({Errors.Count}): {string.Join(" | ", Errors)}" : $"valid, {Result}";
}
