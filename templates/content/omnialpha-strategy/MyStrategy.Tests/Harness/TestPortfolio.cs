using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace StrategyTests.Harness;

/// <summary>
/// The account of a <see cref="TestStrategyContext"/>: cash plus positions, no commission, no margin, and buying
/// power that is simply the cash (the harness does not check orders against it).
/// </summary>
public sealed class TestPortfolio : IPortfolio
{
    private readonly Dictionary<Symbol, TestPosition> _positions = new();
    private readonly List<IPosition> _ordered = new();

    /// <summary>Creates an account holding <paramref name="startingCash"/> with a flat position in each symbol.</summary>
    public TestPortfolio(IReadOnlyList<Symbol> symbols, decimal startingCash)
    {
        Account = new AccountSettings(startingCash);
        Cash = startingCash;
        foreach (var symbol in symbols)
        {
            var position = new TestPosition(symbol);
            _positions.Add(symbol, position);
            _ordered.Add(position);
        }
    }

    /// <inheritdoc />
    public AccountSettings Account { get; }

    /// <inheritdoc />
    public decimal Cash { get; private set; }

    /// <inheritdoc />
    public decimal Equity => Cash + _ordered.Sum(p => p.MarketValue);

    /// <inheritdoc />
    public decimal GrossExposure => _ordered.Sum(p => Math.Abs(p.MarketValue));

    /// <inheritdoc />
    public decimal NetExposure => _ordered.Sum(p => p.MarketValue);

    /// <inheritdoc />
    public decimal BuyingPower => Math.Max(Cash, 0m);

    /// <inheritdoc />
    public decimal RealizedPnl => _ordered.Sum(p => p.RealizedPnl);

    /// <inheritdoc />
    public decimal UnrealizedPnl => _ordered.Sum(p => p.UnrealizedPnl);

    /// <inheritdoc />
    public decimal TotalCommission => 0m;

    /// <inheritdoc />
    public decimal TotalSlippage => 0m;

    /// <inheritdoc />
    public IReadOnlyList<IPosition> Positions => _ordered;

    /// <inheritdoc />
    public IPosition GetPosition(Symbol symbol) => Find(symbol);

    /// <summary>Marks <paramref name="symbol"/>'s position at <paramref name="price"/>.</summary>
    public void Mark(Symbol symbol, decimal price) => Find(symbol).Mark(price);

    /// <summary>Books a fill: moves the position and pays or receives its value in cash.</summary>
    public void Apply(Symbol symbol, decimal signedQuantity, decimal price)
    {
        Find(symbol).Apply(signedQuantity, price);
        Cash -= signedQuantity * price;
    }

    private TestPosition Find(Symbol symbol) =>
        _positions.TryGetValue(symbol, out var position)
            ? position
            : throw new ArgumentException($"{symbol} is not one of this run's symbols.", nameof(symbol));
}
