using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Worker;

/// <summary>A live view of the kernel's portfolio; totals are fetched at most once per generation.</summary>
internal sealed class RemotePortfolio(RemoteStrategyContext context, AccountSettings account) : IPortfolio
{
    private PortfolioDto? _snapshot;
    private long _generation = -1;
    private IReadOnlyList<IPosition>? _positions;

    public AccountSettings Account { get; } = account;
    public decimal Cash => Current.Cash;
    public decimal Equity => Current.Equity;
    public decimal GrossExposure => Current.GrossExposure;
    public decimal NetExposure => Current.NetExposure;
    public decimal BuyingPower => Current.BuyingPower;
    public decimal RealizedPnl => Current.RealizedPnl;
    public decimal UnrealizedPnl => Current.UnrealizedPnl;
    public decimal TotalCommission => Current.TotalCommission;
    public decimal TotalSlippage => Current.TotalSlippage;

    public IPosition GetPosition(Symbol symbol) => context.PositionOf(symbol);

    public IReadOnlyList<IPosition> Positions => _positions ??= context.Symbols.Select(s => (IPosition)context.PositionOf(s)).ToArray();

    private PortfolioDto Current
    {
        get
        {
            if (_generation != context.Generation || _snapshot is null)
            {
                _snapshot = context.FetchPortfolio();
                _generation = context.Generation;
            }
            return _snapshot;
        }
    }
}
