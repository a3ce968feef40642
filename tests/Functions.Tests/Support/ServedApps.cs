using Serverless.Functions.Sample;

namespace Serverless.Functions.Tests.Support;

/// <summary>
/// Class fixture: an embedded MongoDB holding the test apps (people, off = disabled, bad = invalid), their data and
/// the generated MFlix sample with the MFlix app, served by one service (no query-time-limit: on a loaded machine a
/// tight budget would turn ordinary requests into 408s; <see cref="Http.TimeLimitTests"/> has its own service).
/// </summary>
public sealed class ServedApps : IAsyncLifetime
{
    public EmbeddedMongo Mongo { get; } = new();

    public ServiceUnderTest Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Mongo.InitializeAsync();
        await Mongo.InsertManyAsync(TestApps.Database, "people", TestApps.PeopleData());
        await Mongo.InsertManyAsync(TestApps.Database, "big", TestApps.BigData());
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("people"));
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("off", enabled: false));
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.People("nested/app/v1"));
        await Mongo.PutAsync(TestApps.DefinitionsDb, TestApps.DefinitionsCollection, TestApps.Invalid("bad"));
        await MflixSampleInstaller.InstallAsync(Mongo.Client, TestApps.DefinitionsDb, TestApps.DefinitionsCollection, CancellationToken.None);
        Service = await ServiceUnderTest.StartAsync(Mongo.ConnectionString, new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins"] = "https://allowed.example, https://other.example",
        });
    }

    public async Task DisposeAsync()
    {
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }

        await Mongo.DisposeAsync();
    }
}
