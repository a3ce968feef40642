using Serverless.Mongo.Operations;

namespace Serverless.Mongo.Tests.Operations;

public sealed class RetryableErrorsTests
{
    [Fact]
    public void Network_errors_are_retryable_for_reads_and_writes()
    {
        var network = new MongoConnectionException("a:1", "reset", null);

        RetryableErrors.IsRetryableRead(network).ShouldBeTrue();
        RetryableErrors.IsRetryableWrite(network).ShouldBeTrue();
    }

    [Theory]
    [InlineData(91, true)]
    [InlineData(10107, true)]
    [InlineData(262, true)]
    [InlineData(11000, false)]
    [InlineData(2, false)]
    public void Reads_retry_the_listed_codes(int code, bool retryable)
    {
        RetryableErrors.IsRetryableRead(new MongoCommandException(code, "X", "m", "a:1", "find")).ShouldBe(retryable);
    }

    [Fact]
    public void Writes_retry_only_errors_labelled_retryable_write_error()
    {
        var labelled = new MongoCommandException(2, "BadValue", "m", "a:1", "insert") { ErrorLabels = ["RetryableWriteError"] };
        var unlabelled = new MongoCommandException(91, "ShutdownInProgress", "m", "a:1", "insert");

        RetryableErrors.IsRetryableWrite(labelled).ShouldBeTrue();
        RetryableErrors.IsRetryableWrite(unlabelled).ShouldBeFalse();
        RetryableErrors.IsRetryableWrite(new MongoTimeoutException("late")).ShouldBeFalse();
    }
}
