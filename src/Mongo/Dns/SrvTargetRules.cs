namespace Serverless.Mongo.Dns;

/// <summary>
/// Initial DNS Seedlist Discovery spec, "Validation of returned records" (the version that allows SRV names of
/// fewer than three parts): every SRV target must lie in the SRV name's domain. For a name of three or more
/// labels the domain is the name minus its first label; for one or two labels it is the whole name, and the
/// target needs at least one more label. Either way the target must end in "." + domain, so a target equal to
/// the domain, or "evilmongo.local" for "mongo.local", is refused.
/// </summary>
internal static class SrvTargetRules
{
    public static string DomainOf(string srvHost)
    {
        var dot = srvHost.IndexOf('.', StringComparison.Ordinal);
        var labels = srvHost.Split('.').Length;
        return labels >= 3 ? srvHost[(dot + 1)..] : srvHost;
    }

    /// <exception cref="MongoConfigurationException">The target is outside the SRV name's domain.</exception>
    public static void Check(string srvHost, string target)
    {
        var domain = DomainOf(srvHost);
        if (!target.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase))
        {
            throw new MongoConfigurationException(
                $"The SRV record for '{srvHost}' points at '{target}', which is not inside the domain '{domain}'; "
                + "the Seedlist Discovery spec forbids connecting to it.");
        }
    }
}
