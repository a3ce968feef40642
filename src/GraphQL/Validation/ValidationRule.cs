namespace Serverless.GraphQL.Validation;

/// <summary>An <see cref="IValidationRule"/> made of a name and a visitor factory.</summary>
internal sealed class ValidationRule(string name, Func<ValidationContext, ValidationVisitor> create) : IValidationRule
{
    public string Name { get; } = name;

    public ValidationVisitor CreateVisitor(ValidationContext context) => create(context);

    public override string ToString() => Name;
}
