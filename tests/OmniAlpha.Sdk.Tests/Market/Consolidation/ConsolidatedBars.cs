using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Market.Consolidation;

namespace OmniAlpha.Sdk.Tests.Market.Consolidation;

/// <summary>Runs consolidators over whole inputs and collects what they emit, with the expected aggregate of a group of bars.</summary>
internal static class ConsolidatedBars
{
    public static List<Bar> Of(IEnumerable<Bar> inputs, ConsolidationPeriod period, Instrument? instrument = null,
        IReadOnlyDictionary<DateOnly, TimeOnly>? earlyCloses = null)
    {
        var emitted = new List<Bar>();
        var consolidator = new BarConsolidator(instrument ?? LeanEquityData.Spy, period, emitted.Add, earlyCloses);
        foreach (var bar in inputs) consolidator.Update(in bar);
        return emitted;
    }

    /// <summary>First open, max high, min low, last close, summed volume, stamped <paramref name="endUtc"/>.</summary>
    public static Bar Aggregate(IReadOnlyList<Bar> group, DateTime endUtc) =>
        new(group[0].Symbol, endUtc, group[0].Open, group.Max(b => b.High), group.Min(b => b.Low), group[^1].Close, group.Sum(b => b.Volume));

    public static void Equal(Bar expected, Bar actual)
    {
        Assert.Equal(expected.Symbol, actual.Symbol);
        Assert.Equal(expected.EndTime, actual.EndTime);
        Assert.Equal(DateTimeKind.Utc, actual.EndTime.Kind);
        Assert.True(expected.Open == actual.Open && expected.High == actual.High && expected.Low == actual.Low
                    && expected.Close == actual.Close && expected.Volume == actual.Volume,
            $"expected {expected}, got {actual}");
    }
}
