using System.Diagnostics.CodeAnalysis;
using System.Net;
using Serverless.Functions.Tests.Support;

namespace Serverless.Functions.Tests.Apps;

/// <summary>
/// Two service instances on one MongoDB with app-cache-ttr 1 s (reference §14): a changed, disabled or deleted
/// definition reaches both through revalidation alone. Polls with a deadline far above one TTR; nothing is timed.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public sealed class CacheConvergenceTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private EmbeddedMongo Mongo { get; } = new();
    private ServiceUnderTest _first = null!;
    private ServiceUnderTest _second = null!;

    public async Task InitializeAsync()
    {
        await Mongo.InitializeAsync();
        await Mongo.InsertManyAsync(TestApps.Database, "people", TestApps.PeopleData());
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("conv"));
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("stable"));
        var settings = new Dictionary<string, string?> { ["GraphQL:AppCacheTtrMs"] = "1000" };
        _first = await ServiceUnderTest.StartAsync(Mongo.ConnectionString, settings);
        _second = await ServiceUnderTest.StartAsync(Mongo.ConnectionString, settings);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await Mongo.DisposeAsync();
    }

    [Fact]
    public async Task A_changed_definition_is_served_by_both_instances()
    {
        (await StatusAsync(_first, "conv", "{ people { nick } }")).ShouldBe(HttpStatusCode.BadRequest);
        (await StatusAsync(_second, "conv", "{ people { nick } }")).ShouldBe(HttpStatusCode.BadRequest);

        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("conv", extraField: "nick: String"));

        (await BothAnswerAsync("conv", "{ people { nick } }", HttpStatusCode.OK)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_disabled_then_deleted_definition_gets_404_on_both_instances()
    {
        (await StatusAsync(_first, "conv", "{ people { name } }")).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(_second, "conv", "{ people { name } }")).ShouldBe(HttpStatusCode.OK);

        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("conv", enabled: false));
        (await BothAnswerAsync("conv", "{ people { name } }", HttpStatusCode.NotFound)).ShouldBeTrue();

        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("conv"));
        (await BothAnswerAsync("conv", "{ people { name } }", HttpStatusCode.OK)).ShouldBeTrue();

        await Mongo.DeleteAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, "conv");
        (await BothAnswerAsync("conv", "{ people { name } }", HttpStatusCode.NotFound)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_invalid_definition_never_affects_the_other_apps()
    {
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.Invalid("conv"));

        (await BothAnswerAsync("conv", "{ people { name } }", HttpStatusCode.BadRequest)).ShouldBeTrue();
        (await StatusAsync(_first, "stable", "{ people { name } }")).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(_second, "stable", "{ people { name } }")).ShouldBe(HttpStatusCode.OK);
    }

    private async Task<bool> BothAnswerAsync(string app, string query, HttpStatusCode expected) =>
        await Eventually.HoldsAsync(async () => await StatusAsync(_first, app, query) == expected, Deadline)
        && await Eventually.HoldsAsync(async () => await StatusAsync(_second, app, query) == expected, Deadline);

    private static async Task<HttpStatusCode> StatusAsync(ServiceUnderTest service, string app, string query)
    {
        using var response = await service.PostGraphQLAsync("/graphql/" + app, query);
        return response.StatusCode;
    }
}
