using Serverless.Mongo.Topology;
using Serverless.Mongo.Topology.Selection;
using static Serverless.Mongo.Tests.Topology.TestServers;

namespace Serverless.Mongo.Tests.Topology;

public sealed class TopologyStateTests
{
    private static readonly TopologyDescription NoPrimary =
        TopologyOf(TopologyType.ReplicaSetNoPrimary, Server("b:27017", ServerType.RSSecondary));

    private static readonly TopologyDescription WithPrimary =
        TopologyOf(TopologyType.ReplicaSetWithPrimary, Server("a:27017", ServerType.RSPrimary), Server("b:27017", ServerType.RSSecondary));

    [Fact]
    public async Task SelectServerAsync_returns_a_suitable_server_without_waiting()
    {
        var state = new TopologyState(WithPrimary);

        var selected = await state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None);

        selected.Address.ShouldBe(ServerAddress.Parse("a:27017"));
    }

    [Fact]
    public async Task SelectServerAsync_waits_for_a_topology_change_that_brings_a_suitable_server()
    {
        var state = new TopologyState(NoPrimary);

        var selection = state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None);
        selection.IsCompleted.ShouldBeFalse();
        state.Update(WithPrimary);

        (await selection).Type.ShouldBe(ServerType.RSPrimary);
    }

    [Fact]
    public async Task SelectServerAsync_keeps_waiting_through_changes_that_bring_no_suitable_server()
    {
        var state = new TopologyState(NoPrimary);

        var selection = state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None);
        state.Update(NoPrimary.WithServer(Server("c:27017", ServerType.RSSecondary)));
        selection.IsCompleted.ShouldBeFalse();
        state.Update(WithPrimary);

        (await selection).Address.ShouldBe(ServerAddress.Parse("a:27017"));
    }

    [Fact]
    public async Task SelectServerAsync_throws_ServerSelectionTimeoutException_once_the_timeout_elapses()
    {
        var clock = new ManualTimeProvider();
        var state = new TopologyState(NoPrimary, new TopologyStateOptions { ServerSelectionTimeout = TimeSpan.FromSeconds(30), TimeProvider = clock });

        var selection = state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(30));

        var error = await Should.ThrowAsync<ServerSelectionTimeoutException>(selection);
        error.Message.ShouldContain("Writable");
        error.Message.ShouldContain("ReplicaSetNoPrimary");
    }

    [Fact]
    public void SelectServerAsync_does_not_time_out_before_the_timeout()
    {
        var clock = new ManualTimeProvider();
        var state = new TopologyState(NoPrimary, new TopologyStateOptions { ServerSelectionTimeout = TimeSpan.FromSeconds(30), TimeProvider = clock });

        var selection = state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));

        selection.IsCompleted.ShouldBeFalse();
        state.Update(WithPrimary);
    }

    [Fact]
    public async Task SelectServerAsync_reports_caller_cancellation_as_cancellation_not_timeout()
    {
        var state = new TopologyState(NoPrimary);
        using var cancellation = new CancellationTokenSource();

        var selection = state.SelectServerAsync(WritableServerSelector.Instance, cancellation.Token);
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(selection);
    }

    [Fact]
    public async Task SelectServerAsync_with_an_already_cancelled_token_does_not_select()
    {
        var state = new TopologyState(WithPrimary);

        await Should.ThrowAsync<OperationCanceledException>(
            state.SelectServerAsync(WritableServerSelector.Instance, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task SelectServerAsync_requests_an_immediate_check_when_nothing_is_suitable()
    {
        var checks = 0;
        var state = new TopologyState(NoPrimary, new TopologyStateOptions { RequestImmediateCheck = () => checks++ });

        var selection = state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None);
        checks.ShouldBe(1);
        state.Update(WithPrimary);
        await selection;

        checks.ShouldBe(1);
    }

    [Fact]
    public async Task SelectServerAsync_lets_a_read_preference_error_through()
    {
        var state = new TopologyState(WithPrimary);
        var selector = new ReadPreferenceServerSelector(new ReadPreference(ReadPreferenceMode.Secondary, maxStaleness: TimeSpan.FromSeconds(60)));

        await Should.ThrowAsync<ReadPreferenceException>(state.SelectServerAsync(selector, CancellationToken.None));
    }

    [Fact]
    public async Task SelectServerAsync_picks_one_of_several_servers_left_by_the_selector()
    {
        var state = new TopologyState(WithPrimary, new TopologyStateOptions { Random = new Random(7) });
        var selector = new ReadPreferenceServerSelector(new ReadPreference(ReadPreferenceMode.Nearest));

        var selected = await state.SelectServerAsync(selector, CancellationToken.None);

        selected.Address.ToString().ShouldBeOneOf("a:27017", "b:27017");
    }

    [Fact]
    public async Task SelectServerAsync_fails_at_once_on_an_incompatible_topology()
    {
        var state = new TopologyState(WithPrimary.WithCompatibilityError("server a:27017 requires wire version 99"));

        var error = await Should.ThrowAsync<IncompatibleTopologyException>(
            state.SelectServerAsync(WritableServerSelector.Instance, CancellationToken.None));

        error.Message.ShouldContain("wire version 99");
    }

    [Fact]
    public void Update_makes_the_new_description_current()
    {
        var state = new TopologyState(NoPrimary);

        state.Update(WithPrimary);

        state.Current.ShouldBeSameAs(WithPrimary);
    }

    [Fact]
    public void Constructor_rejects_a_zero_server_selection_timeout()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TopologyState(NoPrimary, new TopologyStateOptions { ServerSelectionTimeout = TimeSpan.Zero }));
    }
}
