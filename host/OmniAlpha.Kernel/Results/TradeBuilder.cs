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
            trade.ExitQuantity += closingQuantity;
            trade.ExitValue += closingQuantity * fill.Price;
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
            trade.EntryQuantity += openingQuantity;
            trade.EntryValue += openingQuantity * fill.Price;
            trade.Commission += openingCommission;
        }
    }

    private sealed class OpenTrade(Symbol symbol, bool isLong, DateTime entryTime)
    {
        public decimal EntryQuantity;
        public decimal EntryValue;
        public decimal ExitQuantity;
        public decimal ExitValue;
        public decimal Commission;
        public decimal Pnl;

        public Trade Close(DateTime exitTime) => new(
            symbol, isLong, entryTime, Average(EntryValue, EntryQuantity), exitTime, Average(ExitValue, ExitQuantity),
            EntryQuantity, Pnl, Commission);

        // Exact when every fill of a side has one price (the usual case); otherwise rounded to 10 decimals.
        private static decimal Average(decimal value, decimal quantity) =>
            quantity == 0m ? 0m : decimal.Round(value / quantity, 10, MidpointRounding.AwayFromZero);
    }
}
