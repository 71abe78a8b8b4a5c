using Microsoft.Extensions.Options;

namespace OmniAlpha.Server;

/// <summary>Checks <see cref="ServerOptions"/> at startup; each failure names its configuration key.</summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        const string section = ServerOptions.SectionName;
        if (options.RateLimit.Enabled)
        {
            if (options.RateLimit.TokenLimit < 1)
                failures.Add($"{section}:RateLimit:TokenLimit must be at least 1 (was {options.RateLimit.TokenLimit}).");
            if (options.RateLimit.TokensPerPeriod < 1)
                failures.Add($"{section}:RateLimit:TokensPerPeriod must be at least 1 (was {options.RateLimit.TokensPerPeriod}).");
            if (options.RateLimit.ReplenishmentPeriod <= TimeSpan.Zero)
                failures.Add($"{section}:RateLimit:ReplenishmentPeriod must be positive (was {options.RateLimit.ReplenishmentPeriod}).");
        }
        if (options.Events.MinInterval < TimeSpan.Zero)
            failures.Add($"{section}:Events:MinInterval must not be negative (was {options.Events.MinInterval}).");
        if (options.Events.HeartbeatInterval <= TimeSpan.Zero)
            failures.Add($"{section}:Events:HeartbeatInterval must be positive (was {options.Events.HeartbeatInterval}).");
        if (options.CommandTimeout <= TimeSpan.Zero)
            failures.Add($"{section}:CommandTimeout must be positive (was {options.CommandTimeout}).");
        if (options.MaxPageSize < 1)
            failures.Add($"{section}:MaxPageSize must be at least 1 (was {options.MaxPageSize}).");
        foreach (string origin in options.CorsOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
                failures.Add($"{section}:CorsOrigins: '{origin}' is not an origin (scheme://host[:port], no path).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
