using System.Globalization;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Persistence;

namespace OmniAlpha.Service.Tests.Support;

/// <summary>What a service's database holds after the process exited: the journal state and every strategy's checkpoint equity series.</summary>
internal sealed record JournalSummary(JournalState State, IReadOnlyDictionary<string, IReadOnlyList<EquitySample>> Equity)
{
    /// <summary>Opens <paramref name="databaseFile"/> (the process must have exited: the store is exclusive) and reads it.</summary>
    public static JournalSummary Read(string databaseFile)
    {
        using var store = LiteDbStore.Open(databaseFile);
        var state = store.Journal.Load();
        var equity = new Dictionary<string, IReadOnlyList<EquitySample>>(StringComparer.Ordinal);
        foreach (string id in state.ScriptVersions.Select(v => v.StrategyId).Distinct())
            equity[id] = store.Queries.EquityCurve(id, DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
                DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc), int.MaxValue);
        return new JournalSummary(state, equity);
    }

    /// <summary>One line per fill with everything that must be identical between runs (ids of the venue excluded).</summary>
    public IReadOnlyList<string> FillKeys => State.Fills
        .Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.StrategyId}|{f.Fill.ClientOrderId}|{f.Fill.Symbol.Value}|{f.Fill.Time:O}|{f.Fill.Side}|{f.Fill.Quantity}|{f.Fill.Price}|{f.Fill.Commission}"))
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>One line per order: client order id and final state.</summary>
    public IReadOnlyList<string> OrderKeys => State.Orders
        .Select(o => string.Create(CultureInfo.InvariantCulture,
            $"{o.StrategyId}|{o.Order.ClientOrderId}|{o.Order.Symbol.Value}|{o.Order.Side}|{o.Order.Type}|{o.Order.Quantity}|{o.Order.Status}|{o.Order.FilledQuantity}|{o.Order.FilledValue}"))
        .Order(StringComparer.Ordinal).ToList();
}
