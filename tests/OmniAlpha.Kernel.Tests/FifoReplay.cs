using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Kernel.Tests;

/// <summary>
/// A deliberately naive reference model: replays one symbol's fills (multiplier 1) with FIFO lots and splits the
/// realized P&amp;L into flat-to-flat round trips (a fill that crosses zero closes the trade it ends).
/// </summary>
internal sealed class FifoReplay
{
    private readonly List<(decimal Quantity, decimal Price)> _lots = [];

    public decimal Quantity { get; private set; }
    public decimal Realized { get; private set; }
    public List<decimal> ClosedTradePnl { get; } = [];

    /// <summary>Realized P&amp;L of the trade still open at the end (partial closes), 0 when flat.</summary>
    public decimal OpenTradeRealized { get; private set; }

    public static FifoReplay Of(IEnumerable<Fill> fills)
    {
        var replay = new FifoReplay();
        foreach (var fill in fills) replay.Apply(fill.SignedQuantity, fill.Price);
        return replay;
    }

    private void Apply(decimal signed, decimal price)
    {
        decimal before = Quantity;
        decimal realized = 0m;
        while (signed != 0m && _lots.Count > 0 && Math.Sign(_lots[0].Quantity) != Math.Sign(signed))
        {
            var lot = _lots[0];
            decimal closed = Math.Min(Math.Abs(lot.Quantity), Math.Abs(signed)) * Math.Sign(lot.Quantity);
            realized += closed * (price - lot.Price);
            Quantity -= closed;
            signed += closed;
            if (lot.Quantity == closed) _lots.RemoveAt(0);
            else _lots[0] = (lot.Quantity - closed, lot.Price);
        }
        if (signed != 0m)
        {
            _lots.Add((signed, price));
            Quantity += signed;
        }
        Realized += realized;
        OpenTradeRealized += realized;
        bool closedTrade = before != 0m && (Quantity == 0m || Math.Sign(Quantity) != Math.Sign(before));
        if (closedTrade)
        {
            ClosedTradePnl.Add(OpenTradeRealized);
            OpenTradeRealized = 0m;
        }
    }
}
