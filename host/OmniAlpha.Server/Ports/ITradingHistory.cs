using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;

namespace OmniAlpha.Server.Ports;

/// <summary>
/// The server's port to the trading record beyond the live snapshot (the journal in production): every order, every
/// fill and the whole equity curve. Thread-safe.
/// </summary>
public interface ITradingHistory
{
    /// <summary>The newest <paramref name="limit"/> orders (latest state of each), of one strategy or all, newest first.</summary>
    IReadOnlyList<OrderRecord> Orders(string? strategyId, int limit);

    /// <summary>The newest <paramref name="limit"/> fills, of one strategy or all, newest first.</summary>
    IReadOnlyList<FillRecord> Fills(string? strategyId, int limit);

    /// <summary>
    /// The equity curve of <paramref name="strategyId"/>, oldest first, thinned to at most <paramref name="maxPoints"/>
    /// (at least 2) evenly spaced samples keeping the first and last (see <see cref="EquityCurves.Thin"/>); empty for an
    /// unknown strategy.
    /// </summary>
    IReadOnlyList<EquitySample> Equity(string strategyId, int maxPoints);
}
