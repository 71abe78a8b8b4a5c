using System.Text.Json;
using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>bench --json</c> prints a machine-readable array of measurements (the speeds themselves are not specified here).</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_json_prints_an_array_of_measurements_with_the_documented_fields()
    {
        var run = OmniAlphaProcess.Run("bench", "--json", "--bars", "20000", "--repeats", "1").ShouldExitWith(0);

        var measurements = SummaryJson.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Array, measurements.ValueKind);
        Assert.NotEmpty(measurements.EnumerateArray());
        foreach (var m in measurements.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(m.GetProperty("case").GetString()));
            Assert.True(m.GetProperty("bars").GetInt64() > 0);
            Assert.True(m.GetProperty("bars_per_second").GetDouble() > 0);
            Assert.Contains(m.GetProperty("baseline_bars_per_second").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
            Assert.True(m.GetProperty("allocated_bytes_per_bar").GetDouble() >= 0);
        }
        Assert.Contains(measurements.EnumerateArray(), m => m.GetProperty("bars").GetInt64() == 20_000);
    }
}
