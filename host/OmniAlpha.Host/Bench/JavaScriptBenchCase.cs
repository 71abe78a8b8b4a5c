using OmniAlpha.Scripting.JavaScript;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Bench;

/// <summary>
/// The <c>sma-crossover-javascript</c> bench case: strategies/SmaCross.js (embedded) in its Jint engine, timed in
/// alternation with the precompiled C# SmaCross on the same data, which is its baseline.
/// </summary>
internal static class JavaScriptBenchCase
{
    public const string Name = "sma-crossover-javascript";

    private static readonly Lazy<JavaScriptProgram> Program = new(() =>
        JavaScriptProgram.Parse("SmaCross.js", BenchSuite.EmbeddedSource("strategies/SmaCross.js")));

    /// <summary>A fresh JavaScript SmaCross (the program is parsed once; each strategy gets its own engine).</summary>
    public static Strategy Create() => new JavaScriptStrategy(Program.Value);

    /// <summary>The measurement row for the JavaScript run against the precompiled C# run.</summary>
    public static BenchMeasurement Measurement(long bars, (double BarsPerSecond, double AllocatedPerBar) javascript, double csharpBarsPerSecond, long peakWorkingSet) =>
        new(Name, bars, javascript.BarsPerSecond, csharpBarsPerSecond, javascript.AllocatedPerBar, peakWorkingSet,
            "the same SmaCross written in JavaScript (Jint, budgets armed per callback); baseline = precompiled C#, run alternately");
}
