namespace Serverless.Bson;

/// <summary>One name/value pair of a <see cref="BsonDocument"/>.</summary>
public readonly record struct BsonElement
{
    public BsonElement(string name, BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public BsonValue Value { get; }

    public void Deconstruct(out string name, out BsonValue value)
    {
        name = Name;
        value = Value;
    }
}
