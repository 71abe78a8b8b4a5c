namespace OmniAlpha.Sdk.Plugins;

/// <summary>The outcome of <see cref="IAuthenticator.AuthenticateAsync"/>.</summary>
/// <param name="Succeeded">True when the credential is valid.</param>
/// <param name="User">The authenticated user's canonical name; null on failure.</param>
/// <param name="Roles">What the user may do (e.g. <c>trade</c>, <c>read</c>); empty on failure.</param>
/// <param name="FailureReason">Why it failed (for the log, not for the caller); null on success.</param>
public sealed record AuthenticationResult(bool Succeeded, string? User, IReadOnlyList<string> Roles, string? FailureReason)
{
    /// <summary>A successful result.</summary>
    public static AuthenticationResult Success(string user, params string[] roles) => new(true, user, roles, null);

    /// <summary>A failed result.</summary>
    public static AuthenticationResult Failure(string reason) => new(false, null, [], reason);
}
