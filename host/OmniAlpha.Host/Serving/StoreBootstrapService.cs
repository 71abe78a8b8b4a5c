using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmniAlpha.Host.Serving.Logging;
using OmniAlpha.Persistence.Secrets;
using OmniAlpha.Persistence;

namespace OmniAlpha.Host.Serving;

/// <summary>
/// On start: registers every stored secret's value with the log redactor, and makes sure the bootstrap admin API key
/// (<c>OMNIALPHA_ADMIN_KEY</c>, else <c>Serve:AdminKey</c>) exists in the store, hashed. The key itself is never logged.
/// </summary>
internal sealed class StoreBootstrapService(LiteDbStore store, EncryptedSecretStore secrets, SecretRedactor redactor, IConfiguration configuration,
    ILogger<StoreBootstrapService> logger) : IHostedService
{
    /// <summary>The configuration key OMNIALPHA_ADMIN_KEY becomes (prefix removed).</summary>
    public const string AdminKeyVariable = "ADMIN_KEY";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Every stored secret's value is known to the redactor before anything else can log it.
        foreach (string name in secrets.Names())
            redactor.Add(secrets.GetSecretAsync(name, cancellationToken).GetAwaiter().GetResult());
        string? adminKey = configuration[AdminKeyVariable] ?? configuration[$"{ServeOptions.SectionName}:AdminKey"];
        if (string.IsNullOrEmpty(adminKey))
        {
            if (!store.ApiKeys.List().Any(k => !k.Revoked))
                logger.LogWarning("No API key exists: set OMNIALPHA_ADMIN_KEY (at least 32 characters) to create the first admin key; until then the API answers 401");
            return Task.CompletedTask;
        }
        redactor.Add(adminKey);
        try
        {
            var info = store.ApiKeys.EnsureBootstrapAdmin(adminKey);
            logger.LogInformation("Bootstrap admin API key {Name} is active", info.Name);
        }
        catch (ArgumentException e)
        {
            throw new ServeConfigurationException($"OMNIALPHA_ADMIN_KEY / {ServeOptions.SectionName}:AdminKey: {e.Message.Split(" (Parameter")[0]}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new ServeConfigurationException($"OMNIALPHA_ADMIN_KEY / {ServeOptions.SectionName}:AdminKey: {e.Message}", e);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
