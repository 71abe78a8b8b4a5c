using Microsoft.Extensions.Configuration;

namespace OmniAlpha.Host.Serving.Logging;

/// <summary>Registers with a <see cref="SecretRedactor"/> every configuration value whose key looks secret (e.g. <c>Plugins:acme:ApiKey</c>, <c>Serve:AdminKey</c>).</summary>
internal static class ConfiguredSecrets
{
    public static void Register(IConfiguration configuration, SecretRedactor redactor)
    {
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (value is null) continue;
            int colon = key.LastIndexOf(':');
            string name = colon < 0 ? key : key[(colon + 1)..];
            if (SecretRedactor.IsSecretName(name)) redactor.Add(value);
        }
    }
}
