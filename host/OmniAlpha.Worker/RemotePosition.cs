using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Worker;

/// <summary>
/// A live view of the kernel's position in one symbol: like the kernel's own object, a reference kept across
/// callbacks shows current values. Reads are served from a snapshot that is refreshed once its generation is stale.
/// </summary>
internal sealed class RemotePosition(RemoteStrategyContext context, Symbol symbol) : IPosition
{
    private PositionDto? _snapshot;
    private long _generation = -1;

    public Symbol Symbol { get; } = symbol;
    public decimal Quantity => Current.Quantity;
    public decimal CostBasis => Current.CostBasis;
    public decimal AverageCost => Current.AverageCost;
    public decimal LastPrice => Current.LastPrice;
    public decimal MarketValue => Current.MarketValue;
    public decimal UnrealizedPnl => Current.UnrealizedPnl;
    public decimal RealizedPnl => Current.RealizedPnl;
    public decimal Commission => Current.Commission;
    public bool IsFlat => Current.Quantity == 0m;
    public bool IsLong => Current.Quantity > 0m;
    public bool IsShort => Current.Quantity < 0m;

    /// <summary>Takes a snapshot the host sent along with a callback.</summary>
    public void Set(PositionDto snapshot, long generation)
    {
        _snapshot = snapshot;
        _generation = generation;
    }

    private PositionDto Current
    {
        get
        {
            if (_generation != context.Generation || _snapshot is null) Set(context.FetchPosition(Symbol), context.Generation);
            return _snapshot!;
        }
    }

    public override string ToString() => $"{Symbol} {Quantity}";
}
