using OmniAlpha.Indicators;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Scripting.JavaScript.Tests.Support;

/// <summary>
/// Small indicators of each input kind the catalog does not offer yet (multi-output, bar, pair), so the generic
/// JavaScript binding can be specified independently of the library's growth.
/// </summary>
internal static class FixtureIndicators
{
    /// <summary>MINMAX-like: lowest and highest of the last n inputs (outputs "min", "max").</summary>
    public static IndicatorDefinition MinMax { get; } = new("MINMAXFIX", "Fixtures", "min and max of n inputs", [IndicatorInput.Real],
        [IndicatorParameter.Period("timeperiod", 3)], ["min", "max"],
        (a, i, o) =>
        {
            var indicator = new MinMaxFixture(a.GetInt32("timeperiod"));
            for (int k = 0; k < i[0].Length; k++) { indicator.Update(i[0][k]); o[0][k] = indicator.GetOutput(0); o[1][k] = indicator.GetOutput(1); }
        },
        a => new MinMaxFixture(a.GetInt32("timeperiod")));

    /// <summary>High minus low of each bar.</summary>
    public static IndicatorDefinition Range { get; } = new("RANGEFIX", "Fixtures", "high - low", [IndicatorInput.High, IndicatorInput.Low], [], ["range"],
        (a, i, o) => { for (int k = 0; k < i[0].Length; k++) o[0][k] = i[0][k] - i[1][k]; },
        a => new RangeFixture());

    /// <summary>First input minus second.</summary>
    public static IndicatorDefinition Spread { get; } = new("SPREADFIX", "Fixtures", "a - b", [IndicatorInput.Real, IndicatorInput.Real1], [], ["spread"],
        (a, i, o) => { for (int k = 0; k < i[0].Length; k++) o[0][k] = i[0][k] - i[1][k]; },
        a => new SpreadFixture());

    /// <summary>The real catalog plus the fixtures.</summary>
    public static IReadOnlyList<IndicatorDefinition> CatalogAndFixtures { get; } = [.. IndicatorCatalog.All, MinMax, Range, Spread];

    private sealed class MinMaxFixture(int period) : ISeriesIndicator, IMultiOutputIndicator
    {
        private readonly Queue<double> _window = new();
        public IReadOnlyList<string> OutputNames { get; } = ["min", "max"];
        public bool IsReady => _window.Count == period;
        public double Value => GetOutput(0);
        public int Samples { get; private set; }
        public int Lookback => period - 1;
        public double GetOutput(int index) => !IsReady ? double.NaN : index == 0 ? _window.Min() : _window.Max();
        public double Update(double input)
        {
            _window.Enqueue(input);
            if (_window.Count > period) _window.Dequeue();
            Samples++;
            return Value;
        }
        public void Reset() { _window.Clear(); Samples = 0; }
    }

    private sealed class RangeFixture : IBarIndicator
    {
        public bool IsReady => Samples > 0;
        public double Value { get; private set; } = double.NaN;
        public int Samples { get; private set; }
        public int Lookback => 0;
        public double Update(double open, double high, double low, double close, double volume) { Samples++; return Value = high - low; }
        public void Reset() { Samples = 0; Value = double.NaN; }
    }

    private sealed class SpreadFixture : IPairIndicator
    {
        public bool IsReady => Samples > 0;
        public double Value { get; private set; } = double.NaN;
        public int Samples { get; private set; }
        public int Lookback => 0;
        public double Update(double input0, double input1) { Samples++; return Value = input0 - input1; }
        public void Reset() { Samples = 0; Value = double.NaN; }
    }
}
