namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class DateExpressionTests
{
    // A Wednesday, day 34 of 2021.
    private const string Document = "{d: {$date: '2021-02-03T04:05:06.789Z'}, newYear: {$date: '2023-01-01T12:00:00Z'}, n: null, s: 'x', oid: {$oid: '5f0000000000000000000000'}}";

    [Theory]
    [InlineData("{$year: '$d'}", "2021")]
    [InlineData("{$month: '$d'}", "2")]
    [InlineData("{$dayOfMonth: '$d'}", "3")]
    [InlineData("{$hour: '$d'}", "4")]
    [InlineData("{$minute: '$d'}", "5")]
    [InlineData("{$second: '$d'}", "6")]
    [InlineData("{$millisecond: '$d'}", "789")]
    [InlineData("{$dayOfWeek: '$d'}", "4")]
    [InlineData("{$dayOfYear: '$d'}", "34")]
    [InlineData("{$week: '$d'}", "5")]
    [InlineData("{$week: '$newYear'}", "1")]
    [InlineData("{$dayOfWeek: '$newYear'}", "1")]
    [InlineData("{$isoWeek: '$newYear'}", "52")]
    [InlineData("{$isoWeekYear: '$newYear'}", "2022")]
    [InlineData("{$isoDayOfWeek: '$newYear'}", "7")]
    [InlineData("{$year: ['$d']}", "2021")]
    [InlineData("{$year: {date: '$d'}}", "2021")]
    [InlineData("{$hour: {date: '$d', timezone: '+05:30'}}", "9")]
    [InlineData("{$hour: {date: '$d', timezone: 'America/New_York'}}", "23")]
    [InlineData("{$year: '$n'}", "null")]
    [InlineData("{$month: '$missing'}", "null")]
    [InlineData("{$year: '$oid'}", "2020")]
    [InlineData("{$dateToString: {date: '$d'}}", "'2021-02-03T04:05:06.789Z'")]
    [InlineData("{$dateToString: {date: '$d', format: '%Y-%m-%d'}}", "'2021-02-03'")]
    [InlineData("{$dateToString: {date: '$d', format: '%H:%M:%S.%L'}}", "'04:05:06.789'")]
    [InlineData("{$dateToString: {date: '$d', format: '%j %w %u %U %V %G'}}", "'034 4 3 05 05 2021'")]
    [InlineData("{$dateToString: {date: '$d', format: '%d/%m/%Y %%'}}", "'03/02/2021 %'")]
    [InlineData("{$dateToString: {date: '$d', format: '%H:%M %z %Z', timezone: '-03:00'}}", "'01:05 -0300 -180'")]
    [InlineData("{$dateToString: {date: '$d', format: '%b %B'}}", "'Feb February'")]
    [InlineData("{$dateToString: {date: '$n', format: '%Y'}}", "null")]
    [InlineData("{$dateToString: {date: '$missing', format: '%Y', onNull: 'none'}}", "'none'")]
    public void Date_operators_read_parts_in_utc_or_the_given_zone(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$year: '$s'}", 16006)]
    [InlineData("{$year: {date: '$d', timezone: 'Mars/Olympus'}}", 40485)]
    [InlineData("{$year: {date: '$d', bad: 1}}", 40535)]
    [InlineData("{$dateToString: {date: '$d', format: '%Q'}}", 18536)]
    [InlineData("{$dateToString: {date: '$d', format: 'abc%'}}", 18535)]
    [InlineData("{$dateToString: {format: '%Y'}}", 18628)]
    public void Date_operators_reject_bad_input(string expression, int code) =>
        Aggregate.Fails(() => Aggregate.Evaluate(expression, Document)).Code.ShouldBe(code);

    [Fact]
    public void Now_is_the_context_clock_for_the_whole_run() =>
        Aggregate.EvaluateCanonical("'$$NOW'").ShouldBe(Aggregate.Expected("{$date: '2024-05-06T07:08:09.010Z'}"));
}
