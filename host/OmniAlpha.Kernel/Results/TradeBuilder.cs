using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Results;

/// <summary>
/// Groups fills into flat-to-flat round trips per symbol. Uses the realized P&amp;L the portfolio computed for
/// each fill, so trade P&amp;L sums exactly to the account's realized P&amp;L.
/// </summary>
internal sealed class TradeBuilder
{
    private readonly Dictionary<Symbol, OpenTrade> _open = [];
    private readonly List<Trade> _closed = [];

    public IReadOnlyList<Trade> Trades => _closed;

    /// <summary>Adds a fill with the P&amp;L it realized and the position quantity before it.</summary>
    public void Add(Fill fill, decimal realizedPnl, decimal positionBefore)
    {
        decimal signed = fill.SignedQuantity;
        decimal after = positionBefore + signed;
        bool crosses = positionBefore != 0m && after != 0m && Math.Sign(after) != Math.Sign(positionBefore);
        decimal closingQuantity = positionBefore == 0m || Math.Sign(signed) == Math.Sign(positionBefore)
            ? 0m
            : Math.Min(Math.Abs(signed), Math.Abs(positionBefore));
        decimal openingQuantity = fill.Quantity - closingQuantity;

        // Share the commission of a fill that both closes and opens, rounded to 1e-8 with the remainder on the opening side.
        decimal closingCommission = openingQuantity == 0m ? fill.Commission
            : closingQuantity == 0m ? 0m
            : decimal.Round(fill.Commission * closingQuantity / fill.Quantity, 8, MidpointRounding.AwayFromZero);
        decimal openingCommission = fill.Commission - closingCommission;

        if (closingQuantity > 0m)
        {
            var trade = _open[fill.Symbol];
            trade.AddExit(closingQuantity, fill.Price);
            trade.Commission += closingCommission;
            trade.Pnl += realizedPnl;
            if (after == 0m || crosses)
            {
                _closed.Add(trade.Close(fill.Time));
                _open.Remove(fill.Symbol);
            }
        }
        if (openingQuantity > 0m)
        {
            if (!_open.TryGetValue(fill.Symbol, out var trade))
            {
                trade = new OpenTrade(fill.Symbol, fill.Side == OrderSide.Buy, fill.Time);
                _open.Add(fill.Symbol, trade);
            }
            trade.AddEntry(openingQuantity, fill.Price);
            trade.Commission += openingCommission;
        }
    }

    private sealed class OpenTrade(Symbol symbol, bool isLong, DateTime entryTime)
    {
        private Side _entry;
        private Side _exit;
        public decimal Commission;
        public decimal Pnl;

        public void AddEntry(decimal quantity, decimal price) => _entry.Add(quantity, price);

        public void AddExit(decimal quantity, decimal price) => _exit.Add(quantity, price);

        public Trade Close(DateTime exitTime) => new(
            symbol, isLong, entryTime, _entry.Average, exitTime, _exit.Average, _entry.Quantity, Pnl, Commission);
    }

    /// <summary>The fills of one side of a round trip: quantity, value and whether they all had one price.</summary>
    private struct Side
    {
        private decimal _value;
        private decimal _firstPrice;
        private bool _mixedPrices;

        public decimal Quantity { get; private set; }

        public void Add(decimal quantity, decimal price)
        {
            if (Quantity == 0m) _firstPrice = price;
            else if (price != _firstPrice) _mixedPrices = true;
            Quantity += quantity;
            _value += quantity * price;
        }

        // Exact (no division) when every fill had one price, the usual case; otherwise rounded to 10 decimals.
        public readonly decimal Average =>
            Quantity == 0m ? 0m : !_mixedPrices ? _firstPrice : decimal.Round(_value / Quantity, 10, MidpointRounding.AwayFromZero);
    }
}
