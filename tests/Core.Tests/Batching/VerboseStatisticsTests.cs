using System.Text.Json;
using Serverless.Core.Batching;
using Serverless.GraphQL.Batching;

namespace Serverless.Core.Tests.Batching;

/// <summary>RESTHeart's overall-statistics (§9.5): java-dataloader's ten keys, counts as integers, ratios as Java doubles.</summary>
public sealed class VerboseStatisticsTests
{
    [Fact]
    public void The_ten_keys_come_in_the_reference_order()
    {
        VerboseStatistics.ToOverallStatistics(DataLoaderStatistics.Empty).Keys.ShouldBe(
        [
            "loadCount", "loadErrorCount", "loadErrorRatio", "batchInvokeCount", "batchLoadCount", "batchLoadRatio",
            "batchLoadExceptionCount", "batchLoadExceptionRatio", "cacheHitCount", "cacheHitRatio",
        ]);
    }

    [Fact]
    public void No_loads_give_zero_counts_and_zero_ratios_printed_as_doubles()
    {
        var statistics = VerboseStatistics.ToOverallStatistics(DataLoaderStatistics.Empty);

        statistics["loadCount"].ShouldBe(0L);
        Json(statistics["cacheHitRatio"]).ShouldBe("0.0");
        Json(statistics["batchLoadRatio"]).ShouldBe("0.0");
    }

    [Fact]
    public void Ratios_divide_by_loadCount_like_java_dataloader()
    {
        // The reference's "caching, size 2" row: 16 loads of 8 distinct authors, 4 batches.
        var statistics = VerboseStatistics.ToOverallStatistics(new DataLoaderStatistics(Loads: 16, BatchInvocations: 4, BatchedKeys: 8, CacheHits: 8, Errors: 0));

        statistics["batchInvokeCount"].ShouldBe(4L);
        statistics["batchLoadCount"].ShouldBe(8L);
        statistics["cacheHitCount"].ShouldBe(8L);
        Json(statistics["batchLoadRatio"]).ShouldBe("0.5");
        Json(statistics["cacheHitRatio"]).ShouldBe("0.5");
        Json(statistics["loadErrorRatio"]).ShouldBe("0.0");
    }

    [Fact]
    public void A_whole_number_ratio_keeps_its_decimal_point()
    {
        var statistics = VerboseStatistics.ToOverallStatistics(new DataLoaderStatistics(Loads: 3, BatchInvocations: 1, BatchedKeys: 3, CacheHits: 0, Errors: 0));

        Json(statistics["batchLoadRatio"]).ShouldBe("1.0");
    }

    [Fact]
    public async Task A_throwing_batch_counts_one_batch_exception_and_no_load_errors()
    {
        var dispatcher = new BatchDispatcher();
        var loader = new DataLoader<int, string>(
            dispatcher,
            (IReadOnlyList<int> _, CancellationToken _) => ValueTask.FromException<IReadOnlyList<string>>(new InvalidOperationException("database down")),
            new DataLoaderOptions<int>());

        var loads = new[] { loader.LoadAsync(1, CancellationToken.None), loader.LoadAsync(2, CancellationToken.None), loader.LoadAsync(3, CancellationToken.None) };
        await dispatcher.DispatchAsync(CancellationToken.None);
        await Should.ThrowAsync<InvalidOperationException>(Task.WhenAll(loads));
        var statistics = VerboseStatistics.ToOverallStatistics(dispatcher.Statistics);

        statistics["loadCount"].ShouldBe(3L);
        statistics["batchLoadExceptionCount"].ShouldBe(1L);
        statistics["loadErrorCount"].ShouldBe(0L);
        Json(statistics["batchLoadExceptionRatio"]).ShouldBe("0.3333333333333333");
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
