using Serverless.GraphQL.Language;

namespace Serverless.GraphQL.Execution;

/// <summary>A planned field with the field nodes that survived @skip/@include for this request.</summary>
internal readonly record struct SelectedField(PlannedField Field, IReadOnlyList<FieldNode> Nodes);
