using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Engine;

/// <summary>
/// The bars of one time step as <see cref="StepPipeline"/> sees them, in the strategy's symbol order. Implemented by
/// structs (a backtest's merged series, a live slice) so the shared step code is specialised per caller and allocates nothing.
/// </summary>
internal interface IStepBars
{
    /// <summary>Number of bars in the step.</summary>
    int Count { get; }

    /// <summary>Bar <paramref name="k"/> of the step.</summary>
    ref readonly Bar this[int k] { get; }

    /// <summary>Index of bar <paramref name="k"/>'s security in the strategy's securities (and portfolio).</summary>
    int SecurityIndex(int k);

    /// <summary>Adds bar <paramref name="k"/> to <paramref name="security"/>'s history.</summary>
    void Deliver(int k, SecurityState security);
}
