using Serverless.Bson;

namespace Serverless.Mongo;

/// <summary>
/// Builds a command document field by field, leaving out options the caller did not set: the CRUD spec has
/// drivers send only the options given, so the server applies its own defaults.
/// </summary>
internal sealed class CommandBuilder
{
    private readonly List<BsonElement> _elements = [];

    public CommandBuilder(string name, BsonValue value) => _elements.Add(new(name, value));

    public CommandBuilder Add(string name, BsonValue? value)
    {
        if (value is not null)
        {
            _elements.Add(new(name, value));
        }

        return this;
    }

    public CommandBuilder Add(string name, bool? value) => value is { } flag ? Add(name, (BsonValue)flag) : this;

    public CommandBuilder Add(string name, long? value) =>
        value is { } number ? Add(name, number is >= int.MinValue and <= int.MaxValue ? (BsonValue)(int)number : number) : this;

    public CommandBuilder AddMaxTime(TimeSpan? maxTime)
    {
        CommandTimeBudget.AddMaxTime(_elements, maxTime);
        return this;
    }

    public BsonDocument Build() => new(_elements);
}
