using Serverless.GraphQL.Language;
using Serverless.GraphQL.Types;
using Serverless.GraphQL.Validation;

namespace Serverless.GraphQL.Tests.Validation;

/// <summary>Validator-wide behaviour: the error limit, hidden suggestions, rule selection (expectations from graphql-js 17).</summary>
public sealed class DocumentValidatorTests
{
    private const string TooMany = "Too many validation errors, error limit reached. Validation aborted.";

    private static readonly Schema Small = SchemaBuilder.FromSdl("type Query { a: Int ab: Int }");

    [Fact]
    public void Validate_returns_no_errors_for_a_valid_document()
    {
        DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse("query Q($id: ID) { human(id: $id) { name } }")).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_stops_after_max_errors_and_says_so()
    {
        var errors = DocumentValidator.Validate(Small, Parser.Parse("{b c d e}"), new ValidationOptions { MaxErrors = 2 });

        errors.Select(ValidationRuleTests.Format).ShouldBe(
        [
            "Cannot query field \"b\" on type \"Query\". Did you mean \"a\" or \"ab\"? @ 1:2",
            "Cannot query field \"c\" on type \"Query\". Did you mean \"a\"? @ 1:4",
            TooMany + " @ ",
        ]);
        errors[^1].Locations.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_with_exactly_max_errors_does_not_abort()
    {
        var errors = DocumentValidator.Validate(Small, Parser.Parse("{b c}"), new ValidationOptions { MaxErrors = 2 });

        errors.Count.ShouldBe(2);
        errors.ShouldNotContain(e => e.Message == TooMany);
    }

    [Fact]
    public void Validate_with_zero_max_errors_reports_only_the_abort()
    {
        var errors = DocumentValidator.Validate(Small, Parser.Parse("{b c d e}"), new ValidationOptions { MaxErrors = 0 });

        errors.Select(e => e.Message).ShouldBe([TooMany]);
    }

    [Fact]
    public void Validate_caps_at_100_errors_by_default()
    {
        var document = "{" + string.Join(' ', Enumerable.Range(0, 150).Select(i => $"f{i}")) + "}";

        var errors = DocumentValidator.Validate(Small, Parser.Parse(document));

        errors.Count.ShouldBe(101);
        errors[^1].Message.ShouldBe(TooMany);
    }

    [Fact]
    public void Validate_rejects_negative_max_errors()
    {
        Should.Throw<ArgumentException>(() => DocumentValidator.Validate(Small, Parser.Parse("{a}"), new ValidationOptions { MaxErrors = -1 }));
    }

    [Fact]
    public void Hide_suggestions_omits_did_you_mean()
    {
        var errors = DocumentValidator.Validate(Small, Parser.Parse("{ac}"), new ValidationOptions { HideSuggestions = true });

        errors.Select(e => e.Message).ShouldBe(["Cannot query field \"ac\" on type \"Query\"."]);
    }

    [Fact]
    public void Rules_option_restricts_validation_to_the_given_rules()
    {
        var options = new ValidationOptions { Rules = [SpecifiedRules.Get("LoneAnonymousOperation")] };

        var errors = DocumentValidator.Validate(Small, Parser.Parse("{ nope } { a }"), options);

        errors.Select(e => e.Message).ShouldBe(
        [
            "This anonymous operation must be the only defined operation.",
            "This anonymous operation must be the only defined operation.",
        ]);
    }

    [Fact]
    public void Host_rules_run_alongside_the_specified_rules()
    {
        var schema = SchemaBuilder.FromSdl("type Query { secret: Int open: Int }");
        var options = new ValidationOptions { Rules = [.. SpecifiedRules.All, new ForbiddenFieldRule()] };

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ open secret nope }"), options);

        errors.Select(ValidationRuleTests.Format).ShouldBe(
        [
            "Field \"Query.secret\" is forbidden. @ 1:8",
            "Cannot query field \"nope\" on type \"Query\". Did you mean \"open\"? @ 1:15",
        ]);
    }

    [Fact]
    public void Get_rejects_an_unknown_rule_name()
    {
        Should.Throw<ArgumentException>(() => SpecifiedRules.Get("NoSuchRule")).Message.ShouldContain("NoSuchRule");
    }

    [Fact]
    public void Validate_aborts_field_merging_checks_beyond_the_work_budget()
    {
        var hostile = "{ " + string.Concat(Enumerable.Repeat("a ", 1000)) + "}";
        var bearable = "{ " + string.Concat(Enumerable.Repeat("a ", 700)) + "}";

        DocumentValidator.Validate(Small, Parser.Parse(hostile)).Select(e => e.Message).ShouldBe(["Validation aborted."]);
        DocumentValidator.Validate(Small, Parser.Parse(bearable)).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_rejects_an_invalid_schema()
    {
        var schema = SchemaBuilder.FromSdl(
            "type Query { a: Int } interface I { x: Int } type T implements I { y: Int }",
            new SchemaBuildOptions { AssumeValid = true });

        var error = Should.Throw<SchemaValidationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));

        error.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void Specified_rules_match_graphql_js_specified_rules_order()
    {
        SpecifiedRules.All.Select(r => r.Name).ShouldBe(
        [
            "ExecutableDefinitions", "KnownOperationTypes", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions",
            "KnownTypeNames", "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType",
            "UniqueFragmentNames", "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles",
            "UniqueVariableNames", "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives", "UniqueDirectivesPerLocation",
            "DeferStreamDirectiveOnRootField", "DeferStreamDirectiveOnValidOperations", "DeferStreamDirectiveLabel",
            "StreamDirectiveOnListField", "KnownArgumentNames", "UniqueArgumentNames", "ValuesOfCorrectType",
            "ProvidedRequiredArguments", "VariablesInAllowedPosition", "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames",
            "MaxIntrospectionDepth",
        ]);
    }

    [Fact]
    public void Error_locations_are_line_and_column_of_each_node()
    {
        var error = DocumentValidator.Validate(Small, Parser.Parse("query A { a }\nquery A { a }")).ShouldHaveSingleItem();

        error.Message.ShouldBe("There can be only one operation named \"A\".");
        error.Locations.ShouldBe([new ErrorLocation(1, 7), new ErrorLocation(2, 7)]);
    }
}
