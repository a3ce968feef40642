using Serverless.Core.Compilation;
using Serverless.Core.Definitions;
using Serverless.Core.Security;
using Serverless.Functions.Configuration;

namespace Serverless.Functions.Hosting;

/// <summary>Maps the service's settings onto Core's options (reference §1, §7.5, §13).</summary>
public static class CoreOptionsFactory
{
    public static CoreOptions Create(ServiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var security = settings.AggregationSecurity;
        var defaults = PipelineSecurityOptions.Default;
        return new CoreOptions
        {
            Definitions = new DefinitionOptions
            {
                DefaultLimit = settings.DefaultLimit,
                MaxLimit = settings.MaxLimit,
                RestrictMappingDb = settings.RestrictMappingDb,
                AppDefinitionDb = settings.DefinitionsDb,
            },
            PipelineSecurity = defaults with
            {
                Enabled = security.Enabled,
                BlacklistedStages = security.BlacklistedStages is { } stages ? stages.ToHashSet(StringComparer.Ordinal) : defaults.BlacklistedStages,
                BlacklistedOperators = security.BlacklistedOperators is { } operators ? operators.ToHashSet(StringComparer.Ordinal) : defaults.BlacklistedOperators,
                AllowCrossDatabaseOperations = security.AllowCrossDatabaseOperations,
                AllowJavaScriptExecution = security.AllowJavaScriptExecution,
            },
            QueryTimeLimit = settings.QueryTimeLimit,
            Verbose = settings.Verbose,
        };
    }
}
