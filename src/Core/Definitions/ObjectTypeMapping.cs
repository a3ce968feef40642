namespace Serverless.Core.Definitions;

/// <summary>
/// Explicit field mappings of one object type, in declaration order. Fields without an entry get the implicit
/// same-name mapping at compile time (§2.5), except on Query where they resolve to null.
/// </summary>
public sealed record ObjectTypeMapping(string TypeName, IReadOnlyList<FieldMapping> Fields)
{
    public FieldMapping? Find(string fieldName) => Fields.FirstOrDefault(field => field.FieldName == fieldName);
}
