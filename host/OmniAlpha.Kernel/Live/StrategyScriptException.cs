namespace OmniAlpha.Kernel.Live;

/// <summary>A script given to the live engine does not compile or fails validation; the message lists file:line:col diagnostics.</summary>
public sealed class StrategyScriptException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StrategyScriptException(string message, Exception? inner = null) : base(message, inner) { }
}
