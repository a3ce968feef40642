using Microsoft.Extensions.Configuration;
using Serverless.Functions.Configuration;

namespace Serverless.Functions.Tests.Configuration;

public sealed class ServiceSettingsReaderTests
{
    [Fact]
    public void Without_settings_the_reference_defaults_apply()
    {
        var settings = ServiceSettingsReader.Read(Configure([]));

        settings.MongoDbUri.ShouldBeNull();
        settings.DefinitionsDb.ShouldBe("restheart");
        settings.DefinitionsCollection.ShouldBe("gql-apps");
        settings.DefaultLimit.ShouldBe(100);
        settings.MaxLimit.ShouldBe(1000);
        settings.QueryTimeLimit.ShouldBe(TimeSpan.Zero);
        settings.Verbose.ShouldBeFalse();
        settings.AppCacheEnabled.ShouldBeTrue();
        settings.AppCacheTtr.ShouldBe(TimeSpan.FromMilliseconds(60_000));
        settings.AggregationSecurity.Enabled.ShouldBeTrue();
        settings.AggregationSecurity.BlacklistedStages.ShouldBeNull();
        settings.Cors.AllowsAnyOrigin.ShouldBeTrue();
    }

    [Fact]
    public void Every_setting_is_read_from_its_key()
    {
        var settings = ServiceSettingsReader.Read(Configure(new()
        {
            ["MONGODB_URI"] = "mongodb://db.example:27017/",
            ["GraphQL:DefinitionsDb"] = "apps",
            ["GraphQL:DefinitionsCollection"] = "definitions",
            ["GraphQL:DefaultLimit"] = "20",
            ["GraphQL:MaxLimit"] = "50",
            ["GraphQL:RestrictMappingDb"] = "true",
            ["GraphQL:QueryTimeLimitMs"] = "1500",
            ["GraphQL:Verbose"] = "true",
            ["GraphQL:AppCacheEnabled"] = "false",
            ["GraphQL:AppCacheTtrMs"] = "1000",
            ["AggregationSecurity:Enabled"] = "false",
            ["AggregationSecurity:BlacklistedStages"] = "$out, $merge",
            ["AggregationSecurity:BlacklistedOperators:0"] = "$where",
            ["AggregationSecurity:AllowCrossDatabaseOperations"] = "true",
            ["AggregationSecurity:AllowJavaScriptExecution"] = "true",
            ["Cors:AllowedOrigins"] = "https://a.example, https://b.example/",
        }));

        settings.MongoDbUri.ShouldBe("mongodb://db.example:27017/");
        settings.DefinitionsDb.ShouldBe("apps");
        settings.DefinitionsCollection.ShouldBe("definitions");
        settings.DefaultLimit.ShouldBe(20);
        settings.MaxLimit.ShouldBe(50);
        settings.RestrictMappingDb.ShouldBeTrue();
        settings.QueryTimeLimit.ShouldBe(TimeSpan.FromMilliseconds(1500));
        settings.Verbose.ShouldBeTrue();
        settings.AppCacheEnabled.ShouldBeFalse();
        settings.AppCacheTtr.ShouldBe(TimeSpan.FromSeconds(1));
        settings.AggregationSecurity.ShouldBe(settings.AggregationSecurity with { Enabled = false, AllowCrossDatabaseOperations = true, AllowJavaScriptExecution = true });
        settings.AggregationSecurity.BlacklistedStages.ShouldBe(["$out", "$merge"]);
        settings.AggregationSecurity.BlacklistedOperators.ShouldBe(["$where"]);
        settings.Cors.AllowedOrigins.ShouldBe(["https://a.example", "https://b.example"]);
        settings.Cors.Allows("https://b.example").ShouldBeTrue();
        settings.Cors.Allows("https://c.example").ShouldBeFalse();
    }

    [Fact]
    public void Every_invalid_setting_is_named_in_one_message()
    {
        var exception = Should.Throw<InvalidConfigurationException>(() => ServiceSettingsReader.Read(Configure(new()
        {
            ["MONGODB_URI"] = "postgres://nope",
            ["GraphQL:DefaultLimit"] = "many",
            ["GraphQL:MaxLimit"] = "0",
            ["GraphQL:AppCacheTtrMs"] = "-5",
            ["GraphQL:Verbose"] = "yes",
            ["AggregationSecurity:BlacklistedStages"] = "out",
            ["Cors:AllowedOrigins"] = "not an origin",
            ["GraphQL:DefinitionsDb"] = "bad$name",
        })));

        exception.Message.ShouldStartWith("Invalid configuration: ");
        foreach (var key in new[] { "MONGODB_URI", "GraphQL:DefaultLimit", "GraphQL:MaxLimit", "GraphQL:AppCacheTtrMs", "GraphQL:Verbose", "AggregationSecurity:BlacklistedStages", "Cors:AllowedOrigins", "GraphQL:DefinitionsDb" })
        {
            exception.Message.ShouldContain(key);
        }
    }

    [Fact]
    public void A_default_limit_above_the_max_limit_is_rejected()
    {
        var exception = Should.Throw<InvalidConfigurationException>(() => ServiceSettingsReader.Read(Configure(new()
        {
            ["GraphQL:DefaultLimit"] = "500",
            ["GraphQL:MaxLimit"] = "100",
        })));

        exception.Message.ShouldContain("GraphQL:DefaultLimit (500) must not exceed GraphQL:MaxLimit (100)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_query_time_limit_of_zero_or_less_is_off(string value)
    {
        ServiceSettingsReader.Read(Configure(new() { ["GraphQL:QueryTimeLimitMs"] = value })).QueryTimeLimit.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void An_empty_mongodb_uri_means_the_local_default()
    {
        ServiceSettingsReader.Read(Configure(new() { ["MONGODB_URI"] = "" })).MongoDbUri.ShouldBeNull();
    }

    private static IConfiguration Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
