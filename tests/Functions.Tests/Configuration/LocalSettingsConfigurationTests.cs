using Microsoft.Extensions.Configuration;
using Serverless.Functions.Configuration;

namespace Serverless.Functions.Tests.Configuration;

public sealed class LocalSettingsConfigurationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"local.settings.{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Values_configure_the_service_with_double_underscores_as_section_separators()
    {
        File.WriteAllText(_path, """{ "IsEncrypted": false, "Values": { "GraphQL__DefaultLimit": "7", "MONGODB_URI": "mongodb://x/" } }""");

        var configuration = new ConfigurationBuilder().AddLocalSettings(_path).Build();

        configuration["GraphQL:DefaultLimit"].ShouldBe("7");
        ServiceSettingsReader.Read(configuration).MongoDbUri.ShouldBe("mongodb://x/");
    }

    [Fact]
    public void Environment_variables_win_over_the_file()
    {
        File.WriteAllText(_path, """{ "Values": { "GraphQL__MaxLimit": "7" } }""");
        var variable = "FNTEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable + "GraphQL__MaxLimit", "9");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(variable).AddLocalSettings(_path).Build();

            configuration["GraphQL:MaxLimit"].ShouldBe("9");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable + "GraphQL__MaxLimit", null);
        }
    }

    [Fact]
    public void A_file_that_is_not_json_fails_with_a_clear_message()
    {
        File.WriteAllText(_path, "{ Values: ");

        Should.Throw<InvalidConfigurationException>(() => new ConfigurationBuilder().AddLocalSettings(_path))
            .Message.ShouldContain("is not valid JSON");
    }

    [Fact]
    public void A_missing_file_adds_nothing()
    {
        new ConfigurationBuilder().AddLocalSettings(_path).Sources.ShouldBeEmpty();
    }
}
