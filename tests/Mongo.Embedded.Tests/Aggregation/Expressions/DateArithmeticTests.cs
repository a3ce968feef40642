namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class DateArithmeticTests
{
    private const string Document = "{d: {$date: '2021-01-31T10:30:00Z'}, e: {$date: '2022-03-01T09:00:00Z'}, n: null}";

    [Theory]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'month', amount: 1}}", "{$date: '2021-02-28T10:30:00Z'}")]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'day', amount: 2}}", "{$date: '2021-02-02T10:30:00Z'}")]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'hour', amount: -11}}", "{$date: '2021-01-30T23:30:00Z'}")]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'quarter', amount: 1}}", "{$date: '2021-04-30T10:30:00Z'}")]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'year', amount: 3}}", "{$date: '2024-01-31T10:30:00Z'}")]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'week', amount: 1}}", "{$date: '2021-02-07T10:30:00Z'}")]
    [InlineData("{$dateAdd: {startDate: '$n', unit: 'day', amount: 1}}", "null")]
    [InlineData("{$dateSubtract: {startDate: '$d', unit: 'minute', amount: 30}}", "{$date: '2021-01-31T10:00:00Z'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$e', unit: 'year'}}", "{$numberLong: '1'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$e', unit: 'month'}}", "{$numberLong: '14'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$e', unit: 'quarter'}}", "{$numberLong: '4'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$e', unit: 'day'}}", "{$numberLong: '394'}")]
    [InlineData("{$dateDiff: {startDate: '$e', endDate: '$d', unit: 'day'}}", "{$numberLong: '-394'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$e', unit: 'week'}}", "{$numberLong: '56'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$e', unit: 'week', startOfWeek: 'monday'}}", "{$numberLong: '57'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: {$dateAdd: {startDate: '$d', unit: 'minute', amount: 150}}, unit: 'hour'}}", "{$numberLong: '3'}")]
    [InlineData("{$dateDiff: {startDate: '$d', endDate: '$n', unit: 'day'}}", "null")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'month'}}", "{$date: '2021-01-01T00:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'year'}}", "{$date: '2021-01-01T00:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'hour'}}", "{$date: '2021-01-31T10:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'minute', binSize: 40}}", "{$date: '2021-01-31T10:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'week'}}", "{$date: '2021-01-31T00:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'week', startOfWeek: 'mon'}}", "{$date: '2021-01-25T00:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'quarter', binSize: 2}}", "{$date: '2021-01-01T00:00:00Z'}")]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'day', timezone: '+05:00'}}", "{$date: '2021-01-30T19:00:00Z'}")]
    [InlineData("{$dateFromParts: {year: 2020, month: 14, day: 1}}", "{$date: '2021-02-01T00:00:00Z'}")]
    [InlineData("{$dateFromParts: {year: 2020, hour: 25, timezone: '-02:00'}}", "{$date: '2020-01-02T03:00:00Z'}")]
    [InlineData("{$dateFromParts: {year: 2020, month: '$n'}}", "null")]
    [InlineData("{$dateFromString: {dateString: '2020-05-06T07:08:09.010Z'}}", "{$date: '2020-05-06T07:08:09.010Z'}")]
    [InlineData("{$dateFromString: {dateString: '2020-05-06T07:08:09+02:00'}}", "{$date: '2020-05-06T05:08:09Z'}")]
    [InlineData("{$dateFromString: {dateString: '2020-05-06 07:08', timezone: 'Europe/Paris'}}", "{$date: '2020-05-06T05:08:00Z'}")]
    [InlineData("{$dateFromString: {dateString: '06/05/2020', format: '%d/%m/%Y'}}", "{$date: '2020-05-06T00:00:00Z'}")]
    [InlineData("{$dateFromString: {dateString: 'nonsense', onError: 'bad'}}", "'bad'")]
    [InlineData("{$dateFromString: {dateString: 5, onError: 'bad'}}", "'bad'")]
    [InlineData("{$dateFromString: {dateString: '$n', onNull: 'none'}}", "'none'")]
    [InlineData("{$dateFromString: {dateString: '$missing'}}", "null")]
    public void Date_arithmetic_follows_the_calendar(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'fortnight', amount: 1}}", 9)]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'day', amount: 1.5}}", 5166405)]
    [InlineData("{$dateAdd: {startDate: '$d', unit: 'year', amount: 100000}}", 5166406)]
    [InlineData("{$dateAdd: {startDate: 'x', unit: 'day', amount: 1}}", 16006)]
    [InlineData("{$dateDiff: {startDate: '$d', unit: 'day'}}", 5166303)]
    [InlineData("{$dateTrunc: {date: '$d', unit: 'day', binSize: 0}}", 5439017)]
    [InlineData("{$dateFromParts: {month: 1}}", 40516)]
    [InlineData("{$dateFromParts: {year: 0}}", 40523)]
    [InlineData("{$dateFromParts: {year: 2020, month: 'x'}}", 40515)]
    [InlineData("{$dateFromString: {dateString: 'nonsense'}}", 241)]
    [InlineData("{$dateFromString: {dateString: '1/2/2020', format: '%Q'}}", 18536)]
    public void Date_arithmetic_rejects_bad_arguments(string expression, int code) =>
        Aggregate.Fails(() => Aggregate.Evaluate(expression, Document)).Code.ShouldBe(code);
}
