namespace Serverless.GraphQL.Tests.Differential;

/// <summary>
/// An execution as the corpus compares it: whether "data" is present, the data as compact JSON in response-key order
/// (§6.3 / §7.1 ordered maps) and the field errors as "path message" lines, sorted (their order is not specified).
/// </summary>
internal sealed record ExecutionAnswer(bool HasData, string? Data, IReadOnlyList<string> Errors)
{
    public bool SameAs(ExecutionAnswer other) =>
        HasData == other.HasData && Data == other.Data && Errors.SequenceEqual(other.Errors);

    public override string ToString() =>
        $"data {(HasData ? Data : "(absent)")}; errors [{string.Join(" | ", Errors)}]";
}
