using Serverless.Mongo.Topology;

namespace Serverless.Mongo.Tests.Configuration;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Parse_reads_hosts_credential_database_and_typed_options()
    {
        var parsed = ConnectionString.Parse(
            "mongodb://app%40corp:p%3Ass@db1.example.com:27018,[::1],10.0.0.7/orders?replicaSet=rs0&w=majority&maxPoolSize=50"
            + "&readPreference=secondaryPreferred&readPreferenceTags=dc:east,rack:1&readPreferenceTags=&compressors=zstd,zlib&retryWrites=false");

        parsed.Hosts.ShouldBe(
        [
            new ServerAddress("db1.example.com", 27018, HostKind.Dns) { HasExplicitPort = true },
            new ServerAddress("::1", 27017, HostKind.IPv6),
            new ServerAddress("10.0.0.7", 27017, HostKind.IPv4),
        ]);
        parsed.Credential.ShouldNotBeNull();
        parsed.Credential.Username.ShouldBe("app@corp");
        parsed.Credential.Password.ShouldBe("p:ss");
        parsed.Credential.Source.ShouldBe("orders");
        parsed.Credential.Mechanism.ShouldBeNull();
        parsed.DefaultDatabase.ShouldBe("orders");
        parsed.ReplicaSet.ShouldBe("rs0");
        parsed.W.ShouldBe(new WriteConcernW("majority"));
        parsed.MaxPoolSize.ShouldBe(50);
        parsed.ReadPreference.ShouldBe(ReadPreferenceMode.SecondaryPreferred);
        parsed.ReadPreferenceTags.ShouldBe([new TagSet([new("dc", "east"), new("rack", "1")]), TagSet.Empty]);
        parsed.Compressors.ShouldBe(["zstd", "zlib"]);
        parsed.RetryWrites.ShouldBe(false);
        parsed.UseTls.ShouldBeFalse();
        parsed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_leaves_unset_options_null()
    {
        var parsed = ConnectionString.Parse("mongodb://localhost");

        parsed.ConnectTimeoutMS.ShouldBeNull();
        parsed.DirectConnection.ShouldBeNull();
        parsed.Credential.ShouldBeNull();
        parsed.SrvServiceName.ShouldBe("mongodb");
    }

    [Theory]
    [InlineData("mongodb://localhost:0", "port")]
    [InlineData("http://localhost", "must start with")]
    [InlineData("mongodb://a,b/?directConnection=true", "directConnection")]
    [InlineData("mongodb+srv://host.example.com:27017", "port")]
    [InlineData("mongodb+srv://a.example.com,b.example.com", "exactly one host")]
    [InlineData("mongodb://host/?tls=true&ssl=false", "aliases")]
    [InlineData("mongodb://host/?authMechanism=KERBEROS5", "authMechanism")]
    [InlineData("mongodb://host/?readPreferenceTags=dc:ny", "primary")]
    [InlineData("mongodb://host/?minPoolSize=10&maxPoolSize=5", "minPoolSize")]
    [InlineData("mongodb://host/db%24x", "database name")]
    [InlineData("mongodb://us%zzer@host", "two hex digits")]
    [InlineData("mongodb://host/?w=0&journal=true", "journal")]
    public void Parse_rejects_invalid_uri_with_a_message_naming_the_rule(string uri, string messagePart)
    {
        var error = Should.Throw<MongoConfigurationException>(() => ConnectionString.Parse(uri));

        error.Message.ShouldContain(messagePart, Case.Insensitive);
    }

    [Fact]
    public void Parse_warns_and_ignores_unknown_options_and_invalid_values()
    {
        var parsed = ConnectionString.Parse("mongodb://host/?foo=1&connectTimeoutMS=-5&socketTimeoutMS=100&socketTimeoutMS=200");

        parsed.ConnectTimeoutMS.ShouldBeNull();
        parsed.SocketTimeoutMS.ShouldBe(200);
        parsed.Warnings.Count.ShouldBe(3);
        parsed.Warnings.ShouldContain(w => w.Contains("'foo'", StringComparison.Ordinal));
        parsed.Warnings.ShouldContain(w => w.Contains("connectTimeoutMS", StringComparison.Ordinal));
        parsed.Warnings.ShouldContain(w => w.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_treats_option_keys_case_insensitively()
    {
        ConnectionString.Parse("mongodb://host/?CONNECTTIMEOUTMS=5&ReplicaSet=x").ConnectTimeoutMS.ShouldBe(5);
    }

    [Fact]
    public void Srv_connection_string_turns_tls_on_unless_the_uri_turns_it_off()
    {
        ConnectionString.Parse("mongodb+srv://cluster0.example.mongodb.net").UseTls.ShouldBeTrue();
        ConnectionString.Parse("mongodb+srv://cluster0.example.mongodb.net/?tls=false").UseTls.ShouldBeFalse();
    }

    [Fact]
    public void Gssapi_credential_gets_default_service_name_and_external_source()
    {
        var credential = ConnectionString.Parse("mongodb://user%40REALM@host/db?authMechanism=GSSAPI").Credential!;

        credential.Source.ShouldBe("$external");
        credential.MechanismProperties["SERVICE_NAME"].ShouldBe("mongodb");
    }

    [Fact]
    public void X509_rejects_a_password()
    {
        Should.Throw<MongoConfigurationException>(() => ConnectionString.Parse("mongodb://cn:secret@host/?authMechanism=MONGODB-X509"))
            .Message.ShouldContain("password");
    }

    [Theory]
    [InlineData("mongodb://key:secret@host/?authMechanism=MONGODB-AWS")]
    [InlineData("mongodb://host/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:t")]
    public void Aws_rejects_credentials_in_the_uri(string uri)
    {
        Should.Throw<MongoConfigurationException>(() => ConnectionString.Parse(uri)).Message.ShouldContain("MONGODB-AWS");
    }

    [Fact]
    public void ToString_does_not_reveal_the_password()
    {
        var parsed = ConnectionString.Parse("mongodb://user:hunter2@host/?authMechanism=SCRAM-SHA-256");

        parsed.ToString().ShouldNotContain("hunter2");
        parsed.Credential!.ToString().ShouldNotContain("hunter2");
    }

    [Fact]
    public void TryParse_returns_false_with_the_reason_for_an_invalid_uri()
    {
        ConnectionString.TryParse("mongodb://", out var parsed, out var error).ShouldBeFalse();

        parsed.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain("no host");
    }

    [Fact]
    public void Unix_socket_host_is_percent_decoded()
    {
        var host = ConnectionString.Parse("mongodb://%2Ftmp%2Fmongodb-27017.sock").Hosts.ShouldHaveSingleItem();

        host.Kind.ShouldBe(HostKind.UnixSocket);
        host.Host.ShouldBe("/tmp/mongodb-27017.sock");
    }
}
