namespace Serverless.Core.Definitions;

/// <summary>Field-to-field mapping (§5): the value at a dot path of the parent document, e.g. <c>contacts.emails.0</c>.</summary>
public sealed record FieldPathMapping(string TypeName, string FieldName, string Path) : FieldMapping(TypeName, FieldName);
