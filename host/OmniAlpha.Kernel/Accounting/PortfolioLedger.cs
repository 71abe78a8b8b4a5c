using OmniAlpha.Kernel.Results;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Accounting;

/// <summary>
/// The account: cash plus one <see cref="PositionLedger"/> per instrument. Net market value is maintained
/// incrementally (exact decimal deltas), so marking a bar costs O(1) whatever the number of instruments. Invariant, checked by tests: <see cref="Equity"/> = <see cref="Cash"/> + sum of market values.
/// </summary>
internal sealed class PortfolioLedger : IPortfolio
{
    private readonly PositionLedger[] _positions;
    private readonly Dictionary<Symbol, PositionLedger> _bySymbol;
    private decimal _netMarketValue;
    private int _openPositions;
    private readonly TradeBuilder _trades = new();

    public PortfolioLedger(AccountSettings account, IReadOnlyList<Instrument> instruments)
    {
        account.Validate();
        Account = account;
        Cash = account.StartingCash;
        _positions = new PositionLedger[instruments.Count];
        _bySymbol = new Dictionary<Symbol, PositionLedger>(instruments.Count);
        for (int i = 0; i < instruments.Count; i++)
        {
            var ledger = new PositionLedger(instruments[i]);
            if (!_bySymbol.TryAdd(instruments[i].Symbol, ledger))
                throw new ArgumentException($"Symbol {instruments[i].Symbol} appears twice in the run.");
            _positions[i] = ledger;
        }
    }

    public AccountSettings Account { get; }
    public decimal Cash { get; private set; }
    public decimal Equity => Cash + _netMarketValue;
    public decimal NetExposure => _netMarketValue;
    public decimal GrossExposure
    {
        get
        {
            // Computed on demand (order checks, reports): keeping it incrementally would cost every bar a decimal add.
            decimal gross = 0m;
            for (int i = 0; i < _positions.Length; i++) gross += Math.Abs(_positions[i].MarketValue);
            return gross;
        }
    }
    public decimal RealizedPnl { get; private set; }
    public decimal TotalCommission { get; private set; }
    public decimal TotalSlippage { get; private set; }
    public decimal UnrealizedPnl
    {
        get
        {
            decimal total = 0m;
            for (int i = 0; i < _positions.Length; i++) total += _positions[i].UnrealizedPnl;
            return total;
        }
    }

    /// <summary>Buying power before open-order reservations: cash for a cash account, equity x leverage - gross exposure on margin.</summary>
    public decimal BuyingPower => Account.Type == AccountType.Cash ? Cash : Equity * Account.Leverage - GrossExposure;

    public IReadOnlyList<IPosition> Positions => _positions;

    /// <summary>Closed round trips so far.</summary>
    public IReadOnlyList<Trade> Trades => _trades.Trades;

    /// <summary>Total traded value (sum of |quantity| x price x multiplier over all fills).</summary>
    public decimal TradedValue { get; private set; }

    public IPosition GetPosition(Symbol symbol) => Ledger(symbol);

    public PositionLedger Ledger(Symbol symbol) =>
        _bySymbol.TryGetValue(symbol, out var ledger)
            ? ledger
            : throw new KeyNotFoundException($"Symbol {symbol} is not part of this run.");

    /// <summary>Marks instrument <paramref name="index"/> at <paramref name="price"/>. Hot path: O(1), no allocation.</summary>
    public void Mark(int index, decimal price)
    {
        var position = _positions[index];
        decimal delta = position.Mark(price);
        if (delta != 0m) _netMarketValue += delta;
    }

    /// <summary>Applies a fill: cash, position, realized P&amp;L, fees, round trips.</summary>
    public void ApplyFill(Fill fill)
    {
        var position = Ledger(fill.Symbol);
        decimal oldValue = position.MarketValue;
        decimal before = position.Quantity;
        decimal realized = position.Apply(fill.SignedQuantity, fill.Price, fill.Commission);
        RealizedPnl += realized;
        _trades.Add(fill, realized, before);
        decimal newValue = position.MarketValue;
        _netMarketValue += newValue - oldValue;
        if (before == 0m && position.Quantity != 0m) _openPositions++;
        else if (before != 0m && position.Quantity == 0m) _openPositions--;
        decimal value = fill.Quantity * fill.Price * position.Instrument.Multiplier;
        Cash -= (fill.Side == OrderSide.Buy ? value : -value) + fill.Commission;
        TotalCommission += fill.Commission;
        TotalSlippage += fill.Slippage;
        TradedValue += value;
    }

    /// <summary>Recomputes equity from scratch (for invariant checks; not used on the hot path).</summary>
    public decimal RecomputeEquity()
    {
        decimal total = Cash;
        for (int i = 0; i < _positions.Length; i++) total += _positions[i].MarketValue;
        return total;
    }

    /// <summary>True when any position is open.</summary>
    public bool HasExposure => _openPositions > 0;
}
