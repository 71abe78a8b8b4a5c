using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Live;

/// <summary>Past bars for the live engine's catch-up after a restart (the replay feed's data, or a historical source).</summary>
public interface IBarHistory
{
    /// <summary>
    /// The bars of <paramref name="symbols"/> whose end time lies in (<paramref name="afterUtc"/>, <paramref name="toUtc"/>],
    /// one series per symbol (a symbol without bars in the range may be left out). Null <paramref name="afterUtc"/>: from the start.
    /// </summary>
    IReadOnlyList<BarSeries> GetBars(IReadOnlyCollection<Symbol> symbols, DateTime? afterUtc, DateTime toUtc);
}
