using System.Globalization;
using System.IO.Compression;
using OmniAlpha.Indicators.Catalog;
using OmniAlpha.Indicators.Tests.Reference;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Indicators.Tests.Contracts;

/// <summary>The group's functions on real market data from ../shared/data (skipped with a reason when it is absent).</summary>
public sealed class OverlapGroupRealDataTests
{
    [SkippableTheory]
    [MemberData(nameof(OverlapGroupContractTests.Functions), MemberType = typeof(OverlapGroupContractTests))]
    public void Batch_equals_streaming_bit_for_bit_on_twenty_years_of_ORCL_daily_bars(string name)
    {
        double[][] bars = ReadYahoo(SharedData.Require("backtrader/orcl-1995-2014.txt"));
        var definition = IndicatorCatalog.Find(name)!;
        var arguments = definition.Arguments();
        double[][] inputs = definition.Inputs.Select(kind => kind switch
        {
            IndicatorInput.Open => bars[0],
            IndicatorInput.High or IndicatorInput.Real when definition.Inputs.Contains(IndicatorInput.Real1) => bars[1],
            IndicatorInput.Low or IndicatorInput.Real1 => bars[2],
            IndicatorInput.Volume => bars[4],
            _ => bars[3],
        }).ToArray();
        int n = inputs[0].Length;
        var batch = definition.Outputs.Select(_ => new double[n]).ToArray();

        definition.Batch(arguments, inputs, batch);
        var streaming = GoldenConformance.Stream(definition, arguments, inputs);

        var indicator = definition.Create(arguments);
        for (int o = 0; o < batch.Length; o++)
            for (int i = 0; i < n; i++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(batch[o][i]) == BitConverter.DoubleToInt64Bits(streaming[o][i]),
                    $"{name} {definition.Outputs[o]} bar {i}: batch {batch[o][i]:R}, streaming {streaming[o][i]:R}");
                Assert.True(i >= indicator.Lookback != double.IsNaN(batch[o][i]), $"{name} {definition.Outputs[o]} bar {i}: {batch[o][i]:R}");
            }
    }

    [SkippableFact]
    public void Session_VWAP_restarts_every_trading_day_of_SPY_minute_bars()
    {
        string folder = SharedData.Require("lean/equity/usa/minute/spy");
        var vwap = new VolumeWeightedAveragePrice();
        int days = 0;
        foreach (string file in Directory.GetFiles(folder, "2013*_trade.zip").Order(StringComparer.Ordinal))
        {
            var session = DateOnly.ParseExact(Path.GetFileName(file)[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
            double priceVolume = 0, volume = 0;
            foreach (double[] bar in ReadLeanMinutes(file))
            {
                double value = vwap.Update(session, bar[1], bar[2], bar[3], bar[4]);
                double typical = (bar[1] + bar[2] + bar[3]) / 3.0;
                priceVolume += typical * bar[4];
                volume += bar[4];
                Assert.Equal(volume > 0 ? priceVolume / volume : typical, value, 1e-9);
                Assert.InRange(value, 100, 200); // SPY traded near 165-170 that week
            }
            days++;
        }
        Assert.Equal(6, days);
    }

    /// <summary>Open, high, low, close and volume columns of a Yahoo CSV.</summary>
    private static double[][] ReadYahoo(string path)
    {
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        int[] columns = [1, 2, 3, 4, 6];
        return [.. columns.Select(c => rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray())];
    }

    /// <summary>LEAN minute trade bars (ms since midnight, open, high, low, close in 1/10000 dollars, volume) as [ms, high, low, close, volume] in dollars.</summary>
    private static IEnumerable<double[]> ReadLeanMinutes(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.Entries[0].Open());
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            double[] f = line.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            yield return [f[0], f[2] / 10000, f[3] / 10000, f[4] / 10000, f[5]];
        }
    }
}
