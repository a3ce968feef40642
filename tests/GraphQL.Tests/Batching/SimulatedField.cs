namespace Serverless.GraphQL.Tests.Batching;

/// <summary>One field of a simulated selection set: its resolver and the fields selected on its value.</summary>
internal sealed record SimulatedField(
    string Name,
    Func<object, CancellationToken, Task<object?>> Resolve,
    IReadOnlyList<SimulatedField> Selections)
{
    public static SimulatedField Leaf(string name, Func<object, object?> read) =>
        new(name, (parent, _) => Task.FromResult(read(parent)), []);
}
