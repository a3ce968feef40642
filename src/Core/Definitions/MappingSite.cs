using Serverless.Bson;

namespace Serverless.Core.Definitions;

/// <summary>The <c>Type.field</c> a mapping belongs to, for messages.</summary>
internal readonly record struct MappingSite(string TypeName, string FieldName)
{
    public override string ToString() => $"{TypeName}.{FieldName}";

    /// <summary>RESTHeart's wording, "a Object" included (§2.5).</summary>
    public DefinitionException WrongType(string property, string expected, BsonValue actual) =>
        new($"The mapping for {this} requires the property '{property}' to be a {expected} but it is a {BsonTypeNames.Of(actual)}");
}
