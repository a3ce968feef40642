using System.Text.Json;
using Serverless.Mongo.Dns;

namespace Serverless.Mongo.Tests.Dns;

/// <summary>
/// An <see cref="IDnsResolver"/> serving a fixed record table, such as dns-seedlist/_derived-dns-records.json
/// (the spec README's records under test.build.10gen.cc). Names compare case-insensitively, as in DNS.
/// </summary>
internal sealed class RecordTableDnsResolver : IDnsResolver
{
    private readonly ILookup<string, SrvRecord> _srv;
    private readonly ILookup<string, TxtRecord> _txt;

    public RecordTableDnsResolver(IEnumerable<(string Name, SrvRecord Record)> srv, IEnumerable<(string Name, TxtRecord Record)> txt)
    {
        _srv = srv.ToLookup(r => r.Name, r => r.Record, StringComparer.OrdinalIgnoreCase);
        _txt = txt.ToLookup(r => r.Name, r => r.Record, StringComparer.OrdinalIgnoreCase);
    }

    public List<string> Queries { get; } = [];

    public static RecordTableDnsResolver FromDerivedFile(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var records = document.RootElement.GetProperty("records");
        var srv = records.GetProperty("SRV").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString()!, new SrvRecord(r.GetProperty("target").GetString()!, r.GetProperty("port").GetInt32(), 0, 0)))
            .ToList();
        var txt = records.GetProperty("TXT").EnumerateArray()
            .Select(r => (r.GetProperty("name").GetString()!, new TxtRecord([.. r.GetProperty("strings").EnumerateArray().Select(s => s.GetString()!)])))
            .ToList();
        return new RecordTableDnsResolver(srv, txt);
    }

    public Task<IReadOnlyList<SrvRecord>> ResolveSrvAsync(string name, CancellationToken cancellationToken)
    {
        Queries.Add("SRV " + name);
        return Task.FromResult<IReadOnlyList<SrvRecord>>([.. _srv[name]]);
    }

    public Task<IReadOnlyList<TxtRecord>> ResolveTxtAsync(string name, CancellationToken cancellationToken)
    {
        Queries.Add("TXT " + name);
        return Task.FromResult<IReadOnlyList<TxtRecord>>([.. _txt[name]]);
    }
}
