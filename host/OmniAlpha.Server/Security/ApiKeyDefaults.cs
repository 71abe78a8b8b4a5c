namespace OmniAlpha.Server.Security;

/// <summary>Names of the API-key authentication scheme, its header and the authorization policies.</summary>
public static class ApiKeyDefaults
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The request header carrying the key (<c>Authorization: Bearer &lt;key&gt;</c> is accepted too).</summary>
    public const string Header = "X-Api-Key";

    /// <summary>Any valid key (viewer, trader or admin).</summary>
    public const string ViewerPolicy = "viewer";

    /// <summary>Trader or admin keys.</summary>
    public const string TraderPolicy = "trader";

    /// <summary>Admin keys only.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>Claim type carrying the key's id.</summary>
    public const string KeyIdClaim = "omnialpha:key-id";
}
