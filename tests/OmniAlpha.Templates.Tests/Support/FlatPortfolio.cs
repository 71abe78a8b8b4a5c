using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Templates.Tests.Support;

/// <summary>An account with cash only: every position is flat, last marked at <paramref name="price"/>.</summary>
public sealed class FlatPortfolio(decimal cash, decimal price) : IPortfolio
{
    /// <inheritdoc />
    public AccountSettings Account { get; } = new(cash);

    /// <inheritdoc />
    public decimal Cash => cash;

    /// <inheritdoc />
    public decimal Equity => cash;

    /// <inheritdoc />
    public decimal GrossExposure => 0m;

    /// <inheritdoc />
    public decimal NetExposure => 0m;

    /// <inheritdoc />
    public decimal BuyingPower => cash;

    /// <inheritdoc />
    public decimal RealizedPnl => 0m;

    /// <inheritdoc />
    public decimal UnrealizedPnl => 0m;

    /// <inheritdoc />
    public decimal TotalCommission => 0m;

    /// <inheritdoc />
    public decimal TotalSlippage => 0m;

    /// <inheritdoc />
    public IReadOnlyList<IPosition> Positions => [];

    /// <inheritdoc />
    public IPosition GetPosition(Symbol symbol) => new FlatPosition(symbol, price);

    private sealed class FlatPosition(Symbol symbol, decimal price) : IPosition
    {
        public Symbol Symbol => symbol;
        public decimal Quantity => 0m;
        public decimal CostBasis => 0m;
        public decimal AverageCost => 0m;
        public decimal LastPrice => price;
        public decimal MarketValue => 0m;
        public decimal UnrealizedPnl => 0m;
        public decimal RealizedPnl => 0m;
        public decimal Commission => 0m;
        public bool IsFlat => true;
        public bool IsLong => false;
        public bool IsShort => false;
    }
}
