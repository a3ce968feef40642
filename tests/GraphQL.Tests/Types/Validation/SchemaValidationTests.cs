using Serverless.GraphQL.Types;

namespace Serverless.GraphQL.Tests.Types;

public sealed class SchemaValidationTests
{
    public static TheoryData<int> InvalidCaseIndexes => [.. Enumerable.Range(0, InvalidSchemaCases.All.Count)];

    public static TheoryData<string> ValidCases => [.. InvalidSchemaCases.Valid];

    /// <summary>Every error message of building <paramref name="sdl"/>, empty when it builds.</summary>
    internal static IReadOnlyList<string> BuildErrors(string sdl)
    {
        try
        {
            SchemaBuilder.FromSdl(sdl);
            return [];
        }
        catch (SchemaValidationException error)
        {
            return [.. error.Errors.Select(e => e.Message)];
        }
    }

    [Theory]
    [MemberData(nameof(InvalidCaseIndexes))]
    public void Invalid_schema_is_rejected_with_the_graphql_js_messages(int index)
    {
        var (sdl, messages) = InvalidSchemaCases.All[index];

        BuildErrors(sdl).ShouldBe(messages, $"SDL: {sdl}");
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_schema_builds(string sdl) => BuildErrors(sdl).ShouldBeEmpty();

    [Fact]
    public void Assume_valid_skips_type_validation_but_keeps_the_schema_inspectable()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Empty", new SchemaBuildOptions { AssumeValid = true });

        schema.Validate().Select(e => e.Message).ShouldBe(["Type Empty must define one or more fields."]);
    }

    [Theory]
    [InlineData("directive @a(x: Int @a) on ARGUMENT_DEFINITION type Query { f: Int }", "@a")]
    [InlineData("directive @a(x: I) on INPUT_FIELD_DEFINITION input I { f: Int @a } type Query { f(i: I): Int }", "@a")]
    [InlineData("directive @a(x: Int @b) on ARGUMENT_DEFINITION | ENUM_VALUE directive @b(y: E) on ARGUMENT_DEFINITION enum E { V @a } type Query { f: Int }", "@a")]
    public void Directive_referencing_itself_is_rejected_per_spec_3_13(string sdl, string directive) =>
        BuildErrors(sdl).ShouldContain($"Directive {directive} must not reference itself, directly or through the types and directives it uses.");

    [Fact]
    public void Directive_using_another_directive_without_a_cycle_is_accepted() =>
        BuildErrors("directive @a(x: Int @b) on FIELD_DEFINITION directive @b on ARGUMENT_DEFINITION type Query { f: Int @a(x: 1) }").ShouldBeEmpty();

    [Fact]
    public void Errors_carry_the_sdl_locations()
    {
        var error = Should.Throw<SchemaValidationException>(() => SchemaBuilder.FromSdl("type Query {\n  a: Foo\n}"));

        var location = error.Errors.Single().Locations.Single();
        (location.Line, location.Column).ShouldBe((2, 6));
    }
}
