using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Sdk.Brokerage;

/// <summary>A brokerage that fills orders against the same market data the strategy sees (backtest and paper).</summary>
public interface ISimulatedBrokerage : IBrokerage
{
    /// <summary>Registers an instrument that may be traded.</summary>
    void AddInstrument(Instrument instrument);

    /// <summary>Installs the account's fill-time affordability check.</summary>
    void SetFillGuard(IFillGuard guard);

    /// <summary>
    /// Matches working orders of <paramref name="bar"/>'s symbol against it. Called by the kernel for every bar,
    /// before the strategy sees the bar. Orders submitted at or after the bar's end time never fill on it.
    /// </summary>
    void OnBar(in Bar bar);

    /// <summary>Number of orders currently working.</summary>
    int WorkingOrderCount { get; }
}
