using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>Everything the exchange keeps per instrument: its working orders in submission order and its last bar.</summary>
internal sealed class SymbolBook
{
    private readonly List<WorkingOrder> _orders = new();
    private bool _needsSort;

    public SymbolBook(Instrument instrument)
    {
        Instrument = instrument;
        Calendar = new SessionCalendar(instrument);
    }

    public Instrument Instrument { get; }

    public SessionCalendar Calendar { get; }

    /// <summary>Working orders, ordered by order id once matching is not in progress; may contain done orders while matching.</summary>
    public List<WorkingOrder> Orders => _orders;

    /// <summary>Number of orders in <see cref="Orders"/> that are not done.</summary>
    public int OpenCount { get; set; }

    /// <summary>True while the book's orders are being matched against a bar.</summary>
    public bool IsMatching { get; set; }

    public bool HasLastBar { get; set; }

    public DateTime LastBarEnd { get; set; }

    public decimal LastClose { get; set; }

    /// <summary>Adds an order, keeping submission (order id) order; while matching it is appended and sorted afterwards.</summary>
    public void Add(WorkingOrder order)
    {
        OpenCount++;
        int count = _orders.Count;
        if (count == 0 || _orders[count - 1].OrderId < order.OrderId)
        {
            _orders.Add(order);
            return;
        }

        if (IsMatching)
        {
            _orders.Add(order);
            _needsSort = true;
            return;
        }

        int index = count;
        while (index > 0 && _orders[index - 1].OrderId > order.OrderId) index--;
        _orders.Insert(index, order);
    }

    /// <summary>Marks an order done; removes it right away unless matching is in progress.</summary>
    public void Retire(WorkingOrder order)
    {
        order.IsDone = true;
        OpenCount--;
        if (!IsMatching) Compact();
    }

    /// <summary>Removes done orders and restores id order after matching.</summary>
    public void Compact()
    {
        int write = 0;
        for (int read = 0; read < _orders.Count; read++)
        {
            WorkingOrder order = _orders[read];
            if (!order.IsDone) _orders[write++] = order;
        }

        _orders.RemoveRange(write, _orders.Count - write);
        if (!_needsSort) return;
        _needsSort = false;
        for (int i = 1; i < _orders.Count; i++)
        {
            WorkingOrder order = _orders[i];
            int j = i;
            while (j > 0 && _orders[j - 1].OrderId > order.OrderId)
            {
                _orders[j] = _orders[j - 1];
                j--;
            }

            _orders[j] = order;
        }
    }
}
