using System.Diagnostics;
using System.Net.Sockets;

namespace Serverless.Mongo.Embedded.Tests.Cli;

public sealed class ProgramTests
{
    // The server assembly is copied next to the tests because the test project references it.
    private static string ServerDll => Path.Combine(AppContext.BaseDirectory, "Serverless.Mongo.Embedded.dll");

    [Fact]
    public async Task Port_zero_prints_exactly_one_uri_line_and_accepts_connections()
    {
        using var process = Start("--port", "0");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync();

            line.ShouldNotBeNull();
            line.ShouldMatch(@"^mongodb://127\.0\.0\.1:\d+/$");
            var port = int.Parse(line["mongodb://127.0.0.1:".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            client.Connected.ShouldBeTrue();
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        (await process.StandardOutput.ReadToEndAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new string[0], "--port is required")]
    [InlineData(new[] { "--port", "http" }, "--port must be an integer from 0 to 65535, not 'http'")]
    [InlineData(new[] { "--port", "70000" }, "--port must be an integer from 0 to 65535")]
    [InlineData(new[] { "--port" }, "--port needs a value")]
    [InlineData(new[] { "--verbose" }, "unknown argument '--verbose'")]
    [InlineData(new[] { "--port", "0", "--port", "1" }, "--port is given twice")]
    [InlineData(new[] { "--port", "0", "--user", "app" }, "--user must be <name:password>")]
    [InlineData(new[] { "--port", "0", "--user", ":secret" }, "--user must be <name:password>")]
    [InlineData(new[] { "--port", "0", "--user", "app:a", "--user", "app:b" }, "--user 'app' is given twice")]
    public async Task Bad_arguments_exit_with_code_2_and_a_clear_error(string[] args, string error)
    {
        using var process = Start(args);

        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(2);
        stderr.ShouldContain(error);
        stderr.ShouldContain("usage:");
    }

    [Fact]
    public async Task A_missing_seed_directory_exits_with_code_1()
    {
        using var process = Start("--port", "0", "--seed", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(1);
        stderr.ShouldContain("does not exist");
    }

    [Fact]
    public async Task Help_describes_every_option_and_exits_with_code_0()
    {
        using var process = Start("--help");

        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0);
        stdout.ShouldStartWith("usage:");
        stdout.ShouldContain("--port <n>");
        stdout.ShouldContain("--seed <dir>");
        stdout.ShouldContain("--user <name:password>");
    }

    [Fact]
    public async Task Users_given_with_user_must_authenticate()
    {
        using var process = Start("--port", "0", "--user", "app:pa:ss");
        try
        {
            var uri = new Uri((await process.StandardOutput.ReadLineAsync()).ShouldNotBeNull());
            await using var anonymous = new MongoClient($"mongodb://127.0.0.1:{uri.Port}/");
            await using var authenticated = new MongoClient($"mongodb://app:pa%3Ass@127.0.0.1:{uri.Port}/");
            var count = new Serverless.Bson.BsonDocument([new("count", "movies")]);

            var refused = await Should.ThrowAsync<MongoCommandException>(() => anonymous.GetDatabase("films").RunCommandAsync(count));
            var reply = await authenticated.GetDatabase("films").RunCommandAsync(count);

            refused.Code.ShouldBe(13);
            reply["n"].ShouldBe((Serverless.Bson.BsonValue)0);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    }
}
