using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Kernel.Results;

/// <summary>
/// A closed round trip: the position in one symbol went from flat to open and back to flat. Money figures
/// are exact; entry/exit prices are quantity-weighted averages of the fills.
/// </summary>
/// <param name="Symbol">Instrument.</param>
/// <param name="IsLong">True for a long round trip, false for a short one.</param>
/// <param name="EntryTime">Time of the first entry fill.</param>
/// <param name="EntryPrice">Average entry price.</param>
/// <param name="ExitTime">Time of the fill that made the position flat.</param>
/// <param name="ExitPrice">Average exit price.</param>
/// <param name="Quantity">Total quantity entered (positive).</param>
/// <param name="Pnl">Realized profit before commissions.</param>
/// <param name="Commission">Commissions of the trade's fills (a fill that crosses zero is shared pro rata).</param>
public sealed record Trade(
    Symbol Symbol,
    bool IsLong,
    DateTime EntryTime,
    decimal EntryPrice,
    DateTime ExitTime,
    decimal ExitPrice,
    decimal Quantity,
    decimal Pnl,
    decimal Commission)
{
    /// <summary>Profit after commissions.</summary>
    public decimal NetPnl => Pnl - Commission;
}
