namespace OmniAlpha.Kernel.Live;

/// <summary>Why a command failed; the API maps it to 404, 409, 422 or 503.</summary>
public enum CommandErrorKind
{
    /// <summary>No error.</summary>
    None,
    /// <summary>No such strategy (404).</summary>
    NotFound,
    /// <summary>Not possible in the current state (409), e.g. resuming a running strategy.</summary>
    Conflict,
    /// <summary>The script did not compile or failed validation (422).</summary>
    Invalid,
    /// <summary>The engine is not ready or shutting down (503).</summary>
    Unavailable,
}
