using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace PluginTests.Support;

/// <summary>An account holding one position, for risk checks: <paramref name="quantity"/> of <paramref name="symbol"/>
/// last marked at <paramref name="lastPrice"/>, no cash movements; every other symbol is flat and unpriced.</summary>
public sealed class FixedPortfolio(Symbol symbol, decimal quantity, decimal lastPrice) : IPortfolio
{
    private readonly FixedPosition _position = new(symbol, quantity, lastPrice);

    /// <inheritdoc />
    public AccountSettings Account { get; } = new(100_000m);

    /// <inheritdoc />
    public decimal Cash => Account.StartingCash - _position.CostBasis;

    /// <inheritdoc />
    public decimal Equity => Cash + _position.MarketValue;

    /// <inheritdoc />
    public decimal GrossExposure => Math.Abs(_position.MarketValue);

    /// <inheritdoc />
    public decimal NetExposure => _position.MarketValue;

    /// <inheritdoc />
    public decimal BuyingPower => Math.Max(Cash, 0m);

    /// <inheritdoc />
    public decimal RealizedPnl => 0m;

    /// <inheritdoc />
    public decimal UnrealizedPnl => 0m;

    /// <inheritdoc />
    public decimal TotalCommission => 0m;

    /// <inheritdoc />
    public decimal TotalSlippage => 0m;

    /// <inheritdoc />
    public IReadOnlyList<IPosition> Positions => [_position];

    /// <inheritdoc />
    public IPosition GetPosition(Symbol other) => other == symbol ? _position : new FixedPosition(other, 0m, 0m);

    private sealed class FixedPosition(Symbol symbol, decimal quantity, decimal lastPrice) : IPosition
    {
        public Symbol Symbol => symbol;
        public decimal Quantity => quantity;
        public decimal CostBasis => quantity * lastPrice;
        public decimal AverageCost => quantity == 0m ? 0m : lastPrice;
        public decimal LastPrice => lastPrice;
        public decimal MarketValue => quantity * lastPrice;
        public decimal UnrealizedPnl => 0m;
        public decimal RealizedPnl => 0m;
        public decimal Commission => 0m;
        public bool IsFlat => quantity == 0m;
        public bool IsLong => quantity > 0m;
        public bool IsShort => quantity < 0m;
    }
}
