namespace Serverless.Conformance.Tests.Cats;

/// <summary>An error our engine reported (parse, validation or execution), reduced to what cats can assert on.</summary>
public sealed record CatsError(string Message, IReadOnlyList<(int Line, int Column)> Locations)
{
    public override string ToString() =>
        $"'{Message}' at [{string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}]";
}
