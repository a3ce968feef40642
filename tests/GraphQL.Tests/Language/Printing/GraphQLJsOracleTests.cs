namespace Serverless.GraphQL.Tests.Language.Printing;

/// <summary>The comparison behind the graphql-js-print suite must be able to fail.</summary>
public sealed class GraphQLJsOracleTests
{
    [Fact]
    public void Compare_reports_different_printed_text()
    {
        var why = GraphQLJsOracle.Compare(new OracleCase("c", "{ a }"), new OracleResult { Name = "c", Printed = "{\n  b\n}" });
        why.ShouldNotBeNull().ShouldContain("printed differently");
    }

    [Fact]
    public void Compare_reports_an_error_we_do_not_raise()
    {
        var expected = new OracleResult { Name = "c", Error = new OracleError { Message = "Syntax Error: x", Line = 1, Column = 1 } };
        GraphQLJsOracle.Compare(new OracleCase("c", "{ a }"), expected).ShouldNotBeNull().ShouldContain("graphql-js rejects it");
    }

    [Fact]
    public void Compare_reports_a_different_error_location()
    {
        var expected = new OracleResult { Name = "c", Error = new OracleError { Message = "Syntax Error: Expected Name, found <EOF>.", Line = 1, Column = 3 } };
        GraphQLJsOracle.Compare(new OracleCase("c", "{ a"), expected).ShouldNotBeNull().ShouldContain("error differs");
    }

    [Fact]
    public void Compare_accepts_identical_output()
    {
        GraphQLJsOracle.Compare(new OracleCase("c", "{ a }"), new OracleResult { Name = "c", Printed = "{\n  a\n}" }).ShouldBeNull();
    }
}
