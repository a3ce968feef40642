using System.Text.Json;
using Serverless.TestSupport;

namespace Serverless.Functions.Tests.Azure;

/// <summary>The documented fields of the files the Functions host and azd read (azure-functions.md §1–§4).</summary>
public sealed class AzureFilesTests
{
    [Fact]
    public void Host_json_runs_the_handler_with_the_hosts_port_proxying_and_no_route_prefix()
    {
        using var host = Read("host.json");
        var root = host.RootElement;

        root.GetProperty("version").GetString().ShouldBe("2.0");
        var handler = root.GetProperty("customHandler");
        handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString().ShouldBe("Serverless.Functions");
        handler.GetProperty("description").GetProperty("arguments").EnumerateArray().Select(a => a.GetString())
            .ShouldBe(["--urls", "http://127.0.0.1:%FUNCTIONS_CUSTOMHANDLER_PORT%"]);
        handler.GetProperty("enableProxyingHttpRequest").GetBoolean().ShouldBeTrue();
        root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString().ShouldBe(string.Empty);
        root.TryGetProperty("extensionBundle", out _).ShouldBeFalse();
        root.TryGetProperty("configurationProfile", out _).ShouldBeFalse();
    }

    [Fact]
    public void The_graphql_function_is_an_http_trigger_on_graphql_catch_all_with_one_http_output()
    {
        using var function = Read("graphql/function.json");
        var bindings = function.RootElement.GetProperty("bindings").EnumerateArray().ToList();

        bindings.Count.ShouldBe(2);
        var trigger = bindings.Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        trigger.GetProperty("direction").GetString().ShouldBe("in");
        trigger.GetProperty("route").GetString().ShouldBe("graphql/{*app}");
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).ShouldBe(["get", "post", "options", "put", "patch", "delete", "head"], ignoreOrder: true);
        var output = bindings.Single(b => b.GetProperty("type").GetString() == "http");
        output.GetProperty("direction").GetString().ShouldBe("out");
    }

    [Fact]
    public void The_apps_updater_function_is_a_timer_on_an_app_setting_schedule()
    {
        using var function = Read("appsUpdater/function.json");
        var binding = function.RootElement.GetProperty("bindings").EnumerateArray().Single();

        binding.GetProperty("type").GetString().ShouldBe("timerTrigger");
        binding.GetProperty("direction").GetString().ShouldBe("in");
        binding.GetProperty("schedule").GetString().ShouldBe("%APPS_UPDATER_SCHEDULE%");
        binding.GetProperty("name").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void The_local_settings_sample_has_what_func_start_needs()
    {
        using var settings = Read("local.settings.sample.json");
        var values = settings.RootElement.GetProperty("Values");

        values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString().ShouldBe("custom");
        values.GetProperty("AzureWebJobsStorage").GetString().ShouldBe("UseDevelopmentStorage=true");
        values.GetProperty("APPS_UPDATER_SCHEDULE").GetString()!.Split(' ').Length.ShouldBe(6);
    }

    [Fact]
    public void Azure_yaml_and_the_bicep_deploy_a_flex_consumption_custom_handler()
    {
        var azureYaml = File.ReadAllText(PathOf("azure.yaml"));
        azureYaml.ShouldContain("host: function");

        var resources = File.ReadAllText(PathOf("infra/app/resources.bicep"));
        resources.ShouldContain("name: 'FC1'");
        resources.ShouldContain("tier: 'FlexConsumption'");
        resources.ShouldContain("name: 'custom'");
        resources.ShouldContain("allowSharedKeyAccess: false");
        resources.ShouldContain("AzureWebJobsStorage__credential', value: 'managedidentity'");
        resources.ShouldContain("Microsoft.Insights/components");
        resources.ShouldContain("@Microsoft.KeyVault(SecretUri=");
        File.ReadAllText(PathOf("infra/main.bicep")).ShouldContain("@secure()\n@description('MongoDB connection string.");
    }

    private static JsonDocument Read(string relative) => JsonDocument.Parse(File.ReadAllText(PathOf(relative)));

    private static string PathOf(string relative) => Path.Combine(RepositoryLayout.RepositoryRoot, relative);
}
