namespace OmniAlpha.Sdk.Plugins;

/// <summary>A plugin of kind <see cref="PluginKinds.Security"/> that verifies who calls the host (API users, dashboards).</summary>
public interface IAuthenticator
{
    /// <summary>Checks <paramref name="credential"/> (a password, token or key) for <paramref name="user"/>.</summary>
    Task<AuthenticationResult> AuthenticateAsync(string user, string credential, CancellationToken cancellationToken);
}
