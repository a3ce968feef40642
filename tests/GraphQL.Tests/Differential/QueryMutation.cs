namespace Serverless.GraphQL.Tests.Differential;

/// <summary>The one defect <see cref="QueryGenerator"/> puts into an otherwise valid generated query.</summary>
internal enum QueryMutation
{
    None,
    UnknownField,
    LeafWithSelection,
    CompositeWithoutSelection,
    WrongArgumentLiteral,
    UnknownArgument,
    MissingRequiredArgument,
    UndefinedVariable,
    UnusedVariable,
    WrongVariableType,
    BadVariableValue,
    ImpossibleFragment,
    ConflictingAlias,
    SyntaxError,
}
