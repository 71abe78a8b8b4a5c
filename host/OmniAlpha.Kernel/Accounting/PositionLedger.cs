using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Kernel.Accounting;

/// <summary>
/// One instrument's position, accounted exactly with FIFO lots: each opening fill becomes a lot; a closing
/// fill consumes lots oldest first and realizes (exit - entry) x quantity x multiplier per lot. No division
/// is ever needed for money, so realized + unrealized P&amp;L is exact.
/// </summary>
internal sealed class PositionLedger : IPosition
{
    private Lot[] _lots = new Lot[4];
    private int _head;
    private int _count;

    private readonly bool _unitMultiplier;

    public PositionLedger(Instrument instrument)
    {
        Instrument = instrument;
        _unitMultiplier = instrument.Multiplier == 1m;
    }

    public Instrument Instrument { get; }


    public Symbol Symbol => Instrument.Symbol;
    public decimal Quantity { get; private set; }
    public decimal CostBasis { get; private set; }
    public decimal LastPrice { get; private set; }
    public decimal RealizedPnl { get; private set; }
    public decimal Commission { get; private set; }
    public decimal MarketValue => Quantity * LastPrice * Instrument.Multiplier;
    public decimal UnrealizedPnl => MarketValue - CostBasis * Instrument.Multiplier;
    public decimal AverageCost => Quantity == 0m ? 0m : CostBasis / Quantity;
    public bool IsFlat => Quantity == 0m;
    public bool IsLong => Quantity > 0m;
    public bool IsShort => Quantity < 0m;

    /// <summary>Number of open FIFO lots.</summary>
    public int LotCount => _count;

    /// <summary>Sets the mark price and returns the change in market value it caused.</summary>
    public decimal Mark(decimal price)
    {
        if (Quantity == 0m || price == LastPrice)
        {
            LastPrice = price;
            return 0m;
        }
        decimal delta = Quantity * (price - LastPrice);
        if (!_unitMultiplier) delta *= Instrument.Multiplier;
        LastPrice = price;
        return delta;
    }

    /// <summary>Applies a fill (signed quantity) and returns the P&amp;L it realized.</summary>
    public decimal Apply(decimal signedQuantity, decimal price, decimal commission)
    {
        Commission += commission;
        decimal realized = 0m;
        decimal remaining = signedQuantity;
        // Closing part: consume lots of the opposite sign, oldest first.
        while (remaining != 0m && _count > 0 && Math.Sign(_lots[_head].Quantity) != Math.Sign(remaining))
        {
            ref Lot lot = ref _lots[_head];
            decimal closable = Math.Min(Math.Abs(lot.Quantity), Math.Abs(remaining));
            decimal closedSigned = lot.Quantity > 0m ? closable : -closable; // sign of the lot
            realized += closedSigned * (price - lot.Price) * Instrument.Multiplier;
            CostBasis -= closedSigned * lot.Price;
            Quantity -= closedSigned;
            lot.Quantity -= closedSigned;
            remaining += closedSigned;
            if (lot.Quantity == 0m)
            {
                _head = (_head + 1) % _lots.Length;
                _count--;
            }
        }
        // Opening part: what is left opens or extends the position.
        if (remaining != 0m)
        {
            PushLot(new Lot(remaining, price));
            CostBasis += remaining * price;
            Quantity += remaining;
        }
        if (_count == 0) _head = 0;
        RealizedPnl += realized;
        LastPrice = price;
        return realized;
    }

    private void PushLot(Lot lot)
    {
        if (_count == _lots.Length)
        {
            var grown = new Lot[_lots.Length * 2];
            for (int i = 0; i < _count; i++) grown[i] = _lots[(_head + i) % _lots.Length];
            _lots = grown;
            _head = 0;
        }
        _lots[(_head + _count) % _lots.Length] = lot;
        _count++;
    }

    private struct Lot(decimal quantity, decimal price)
    {
        public decimal Quantity = quantity;
        public readonly decimal Price = price;
    }
}
