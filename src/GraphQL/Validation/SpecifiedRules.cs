using Serverless.GraphQL.Validation.Rules;

namespace Serverless.GraphQL.Validation;

/// <summary>The rules <see cref="DocumentValidator"/> applies by default, in graphql-js 17 <c>specifiedRules</c> order (which fixes error order).</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ValidationRule("ExecutableDefinitions", c => new ExecutableDefinitionsRule(c)),
        new ValidationRule("KnownOperationTypes", c => new KnownOperationTypesRule(c)),
        new ValidationRule("UniqueOperationNames", c => new UniqueOperationNamesRule(c)),
        new ValidationRule("LoneAnonymousOperation", c => new LoneAnonymousOperationRule(c)),
        new ValidationRule("SingleFieldSubscriptions", c => new SingleFieldSubscriptionsRule(c)),
        new ValidationRule("KnownTypeNames", c => new KnownTypeNamesRule(c)),
        new ValidationRule("FragmentsOnCompositeTypes", c => new FragmentsOnCompositeTypesRule(c)),
        new ValidationRule("VariablesAreInputTypes", c => new VariablesAreInputTypesRule(c)),
        new ValidationRule("ScalarLeafs", c => new ScalarLeafsRule(c)),
        new ValidationRule("FieldsOnCorrectType", c => new FieldsOnCorrectTypeRule(c)),
        new ValidationRule("UniqueFragmentNames", c => new UniqueFragmentNamesRule(c)),
        new ValidationRule("KnownFragmentNames", c => new KnownFragmentNamesRule(c)),
        new ValidationRule("NoUnusedFragments", c => new NoUnusedFragmentsRule(c)),
        new ValidationRule("PossibleFragmentSpreads", c => new PossibleFragmentSpreadsRule(c)),
        new ValidationRule("NoFragmentCycles", c => new NoFragmentCyclesRule(c)),
        new ValidationRule("UniqueVariableNames", c => new UniqueVariableNamesRule(c)),
        new ValidationRule("NoUndefinedVariables", c => new NoUndefinedVariablesRule(c)),
        new ValidationRule("NoUnusedVariables", c => new NoUnusedVariablesRule(c)),
        new ValidationRule("KnownDirectives", c => new KnownDirectivesRule(c)),
        new ValidationRule("UniqueDirectivesPerLocation", c => new UniqueDirectivesPerLocationRule(c)),
        new ValidationRule("DeferStreamDirectiveOnRootField", c => new DeferStreamDirectiveOnRootFieldRule(c)),
        new ValidationRule("DeferStreamDirectiveOnValidOperations", c => new DeferStreamDirectiveOnValidOperationsRule(c)),
        new ValidationRule("DeferStreamDirectiveLabel", c => new DeferStreamDirectiveLabelRule(c)),
        new ValidationRule("StreamDirectiveOnListField", c => new StreamDirectiveOnListFieldRule(c)),
        new ValidationRule("KnownArgumentNames", c => new KnownArgumentNamesRule(c)),
        new ValidationRule("UniqueArgumentNames", c => new UniqueArgumentNamesRule(c)),
        new ValidationRule("ValuesOfCorrectType", c => new ValuesOfCorrectTypeRule(c)),
        new ValidationRule("ProvidedRequiredArguments", c => new ProvidedRequiredArgumentsRule(c)),
        new ValidationRule("VariablesInAllowedPosition", c => new VariablesInAllowedPositionRule(c)),
        new ValidationRule("OverlappingFieldsCanBeMerged", c => new OverlappingFieldsCanBeMergedRule(c)),
        new ValidationRule("UniqueInputFieldNames", c => new UniqueInputFieldNamesRule(c)),
        new ValidationRule("MaxIntrospectionDepth", c => new MaxIntrospectionDepthRule(c)),
    ];

    /// <summary>The rule with the given graphql-js name (without the <c>Rule</c> suffix).</summary>
    public static IValidationRule Get(string name) =>
        All.FirstOrDefault(rule => rule.Name == name) ?? throw new ArgumentException($"Unknown validation rule \"{name}\".", nameof(name));
}
