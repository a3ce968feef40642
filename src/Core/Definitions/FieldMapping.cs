namespace Serverless.Core.Definitions;

/// <summary>How one field of an object type gets its value (§5–§7).</summary>
public abstract record FieldMapping(string TypeName, string FieldName);
