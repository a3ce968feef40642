namespace Serverless.GraphQL.Validation;

/// <summary>
/// One rule of spec §5. A rule is stateless; per document it creates a <see cref="ValidationVisitor"/> that keeps the
/// state of one validation run and reports through the shared <see cref="ValidationContext"/>.
/// </summary>
public interface IValidationRule
{
    /// <summary>The graphql-js rule name without the <c>Rule</c> suffix, e.g. <c>FieldsOnCorrectType</c>.</summary>
    string Name { get; }

    ValidationVisitor CreateVisitor(ValidationContext context);
}
