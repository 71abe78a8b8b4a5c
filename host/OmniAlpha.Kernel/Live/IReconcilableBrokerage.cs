using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Live;

/// <summary>A brokerage that can report what it holds, so the live engine can compare after a restart and resolve orders whose submit outcome was unknown.</summary>
public interface IReconcilableBrokerage
{
    /// <summary>The orders working at the broker, by client order id.</summary>
    IReadOnlyDictionary<string, Order> OpenOrdersByClientId();

    /// <summary>The broker's net position per symbol (symbols without a position may be left out).</summary>
    IReadOnlyDictionary<Symbol, decimal> Positions();
}
