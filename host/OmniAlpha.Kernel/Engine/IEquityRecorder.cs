namespace OmniAlpha.Kernel.Engine;

/// <summary>Receives the account's cash and equity at the end of every time step (a backtest's full curve, a live bounded one).</summary>
internal interface IEquityRecorder
{
    /// <summary>Records the marks of the step at <paramref name="time"/>.</summary>
    void Record(DateTime time, decimal cash, decimal equity, bool invested);
}
