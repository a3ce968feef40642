namespace Serverless.Mongo.Embedded.Tests.Aggregation.Expressions;

public class ArithmeticExpressionTests
{
    private const string Document = "{a: 5, b: 2, c: 2.5, big: 2147483647, l: {$numberLong: '10'}, maxl: {$numberLong: '9223372036854775807'}, m: {$numberDecimal: '1.5'}, s: 'x', n: null, d: {$date: '2020-01-01T00:00:00Z'}}";

    [Theory]
    [InlineData("{$add: ['$a', '$b']}", "7")]
    [InlineData("{$add: ['$a', '$c']}", "7.5")]
    [InlineData("{$add: ['$a', '$l']}", "{$numberLong: '15'}")]
    [InlineData("{$add: ['$big', 1]}", "{$numberLong: '2147483648'}")]
    [InlineData("{$add: ['$maxl', 1]}", "9.223372036854776e18")]
    [InlineData("{$add: ['$a', '$m']}", "{$numberDecimal: '6.5'}")]
    [InlineData("{$add: []}", "0")]
    [InlineData("{$add: ['$a', '$n']}", "null")]
    [InlineData("{$add: ['$a', '$missing']}", "null")]
    [InlineData("{$add: ['$d', 1000]}", "{$date: '2020-01-01T00:00:01Z'}")]
    [InlineData("{$add: [86400000, '$d']}", "{$date: '2020-01-02T00:00:00Z'}")]
    [InlineData("{$add: ['$d', 1.6]}", "{$date: '2020-01-01T00:00:00.002Z'}")]
    [InlineData("{$subtract: ['$a', '$b']}", "3")]
    [InlineData("{$subtract: ['$a', '$c']}", "2.5")]
    [InlineData("{$subtract: ['$d', 1000]}", "{$date: '2019-12-31T23:59:59Z'}")]
    [InlineData("{$subtract: [{$add: ['$d', 5]}, '$d']}", "{$numberLong: '5'}")]
    [InlineData("{$subtract: ['$n', 1]}", "null")]
    [InlineData("{$multiply: ['$a', '$b']}", "10")]
    [InlineData("{$multiply: ['$big', 2]}", "{$numberLong: '4294967294'}")]
    [InlineData("{$multiply: ['$a', '$c']}", "12.5")]
    [InlineData("{$multiply: ['$a', '$m']}", "{$numberDecimal: '7.5'}")]
    [InlineData("{$multiply: []}", "1")]
    [InlineData("{$divide: ['$a', '$b']}", "2.5")]
    [InlineData("{$divide: [4, 2]}", "2.0")]
    [InlineData("{$divide: ['$m', 3]}", "{$numberDecimal: '0.5'}")]
    [InlineData("{$divide: ['$missing', 2]}", "null")]
    [InlineData("{$mod: ['$a', '$b']}", "1")]
    [InlineData("{$mod: [-5, 3]}", "-2")]
    [InlineData("{$mod: ['$l', 3]}", "{$numberLong: '1'}")]
    [InlineData("{$mod: [5.5, 2]}", "1.5")]
    [InlineData("{$mod: ['$n', 2]}", "null")]
    public void Arithmetic_follows_server_result_types(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression, Document).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$abs: -5}", "5")]
    [InlineData("{$abs: -2.5}", "2.5")]
    [InlineData("{$abs: {$numberLong: '-3'}}", "{$numberLong: '3'}")]
    [InlineData("{$abs: null}", "null")]
    [InlineData("{$abs: '$missing'}", "null")]
    [InlineData("{$ceil: 2.1}", "3.0")]
    [InlineData("{$ceil: -2.1}", "-2.0")]
    [InlineData("{$ceil: 4}", "4")]
    [InlineData("{$floor: 2.9}", "2.0")]
    [InlineData("{$floor: -2.1}", "-3.0")]
    [InlineData("{$floor: {$numberDecimal: '2.7'}}", "{$numberDecimal: '2'}")]
    [InlineData("{$round: [2.5, 0]}", "2.0")]
    [InlineData("{$round: [3.5, 0]}", "4.0")]
    [InlineData("{$round: 1.25}", "1.0")]
    [InlineData("{$round: [1.256, 2]}", "1.26")]
    [InlineData("{$round: [1234, -2]}", "1200")]
    [InlineData("{$round: [1250, -2]}", "1200")]
    [InlineData("{$round: [7, 1]}", "7")]
    [InlineData("{$trunc: [1.256, 2]}", "1.25")]
    [InlineData("{$trunc: -2.7}", "-2.0")]
    [InlineData("{$trunc: [1299, -2]}", "1200")]
    [InlineData("{$pow: [2, 10]}", "1024")]
    [InlineData("{$pow: [2, 40]}", "{$numberLong: '1099511627776'}")]
    [InlineData("{$pow: [2, -1]}", "0.5")]
    [InlineData("{$pow: [2.0, 2]}", "4.0")]
    [InlineData("{$pow: [{$numberLong: '3'}, 2]}", "{$numberLong: '9'}")]
    [InlineData("{$sqrt: 25}", "5.0")]
    [InlineData("{$sqrt: null}", "null")]
    [InlineData("{$exp: 0}", "1.0")]
    [InlineData("{$ln: 1}", "0.0")]
    [InlineData("{$log10: 1000}", "3.0")]
    [InlineData("{$log: [8, 2]}", "3.0")]
    public void Math_operators_round_and_keep_integer_types(string expression, string expected) =>
        Aggregate.EvaluateCanonical(expression).ShouldBe(Aggregate.Expected(expected));

    [Theory]
    [InlineData("{$add: ['$a', '$s']}", 14, "$add only supports numeric or date types, not string")]
    [InlineData("{$add: ['$d', '$d']}", 16612, "only one date allowed in an $add expression")]
    [InlineData("{$multiply: ['$a', true]}", 14, "$multiply only supports numeric types, not bool")]
    [InlineData("{$subtract: ['$a', '$d']}", 16556, "cant $subtract a date from a int")]
    [InlineData("{$subtract: ['$d', '$s']}", 16613, "cant $subtract a string from a Date")]
    [InlineData("{$divide: ['$a', 0]}", 2, "can't $divide by zero")]
    [InlineData("{$divide: ['$s', 1]}", 14, "$divide only supports numeric types, not string and int")]
    [InlineData("{$mod: ['$a', 0]}", 16610, "can't $mod by 0")]
    [InlineData("{$sqrt: -1}", 28714, "$sqrt's argument must be greater than or equal to 0")]
    [InlineData("{$ln: 0}", 28766, "$ln's argument must be a positive number")]
    [InlineData("{$abs: 's'}", 28765, "$abs only supports numeric types, not string")]
    [InlineData("{$pow: [0, -1]}", 28764, "$pow cannot take a base of 0 and a negative exponent")]
    public void Arithmetic_rejects_wrong_types_with_server_codes(string expression, int code, string message)
    {
        var error = Aggregate.Fails(() => Aggregate.Evaluate(expression, Document));
        error.Code.ShouldBe(code);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void Add_of_a_string_is_a_TypeMismatch()
    {
        var error = Aggregate.Fails(() => Aggregate.Evaluate("{$add: [1, 'two']}"));
        error.CodeName.ShouldBe("TypeMismatch");
        error.ShouldBeAssignableTo<MongoException>();
    }

    [Fact]
    public void Abs_takes_exactly_one_argument()
    {
        var error = Aggregate.Fails(() => Aggregate.Evaluate("{$abs: [1, 2]}"));
        error.Code.ShouldBe(16020);
        error.Message.ShouldBe("Expression $abs takes exactly 1 arguments. 2 were passed in.");
    }
}
