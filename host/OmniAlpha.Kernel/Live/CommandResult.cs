namespace OmniAlpha.Kernel.Live;

/// <summary>Outcome of a <see cref="TradingCommand"/>.</summary>
/// <param name="Succeeded">True when the command took effect.</param>
/// <param name="Error">Why not (e.g. "strategy 'x' is not paused"; a script's file:line:col diagnostics).</param>
/// <param name="ErrorKind">Machine-readable reason for API status codes.</param>
public sealed record CommandResult(bool Succeeded, string? Error = null, CommandErrorKind ErrorKind = CommandErrorKind.None)
{
    /// <summary>The command took effect.</summary>
    public static CommandResult Ok { get; } = new(true);

    /// <summary>A failed result.</summary>
    public static CommandResult Fail(CommandErrorKind kind, string error) => new(false, error, kind);
}
