using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>Writes a <see cref="LiveLoadReport"/> as a console table and as JSON.</summary>
public static class LiveLoadReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, // a slope is NaN when the run was too short
    };

    /// <summary>The report as indented JSON.</summary>
    public static string ToJson(LiveLoadReport report) => JsonSerializer.Serialize(report, Json);

    /// <summary>Writes the human-readable table.</summary>
    public static void WriteTable(LiveLoadReport r, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        var o2 = r.Options;
        Line(o, "Run", $"{o2.Strategies} strategies x {o2.SymbolsPerStrategy} symbols = {o2.Symbols}, {o2.Days} days, {r.Bars:N0} bars in {r.TimeSlices:N0} slices");
        Line(o, "Machine", $"{r.Environment.ProcessorCount} cores, load avg start {r.Environment.LoadAverageAtStart ?? "n/a"} / end {r.Environment.LoadAverageAtEnd ?? "n/a"}, {r.Environment.GcMode} GC, {r.Environment.Runtime}");
        Line(o, "Wall time", string.Format(c, "{0:F1} s (data generated in {1:F1} s, not counted)", r.RunSeconds, r.DataGenerationSeconds));
        Line(o, "Throughput", string.Format(c, "{0:N0} bars/s, {1:N0} events/s (bars + order events)", r.BarsPerSecond, r.EventsPerSecond));
        Line(o, "Orders", $"{r.OrdersPlaced:N0} placed, {r.Fills:N0} fills, {r.OrdersCanceled:N0} cancelled, {r.OrdersRejected:N0} rejected, {r.OrderEvents:N0} order events");
        Line(o, "Engine stats", $"steps {r.Engine.TimeSteps:N0}, bars {r.Engine.Bars:N0}, released {r.Engine.OrdersSubmitted:N0}, fills {r.Engine.Fills:N0}, commits {r.Engine.JournalCommits:N0}, rejected {r.Engine.OrdersRejected:N0}");
        var j = r.Journal;
        Line(o, "Journal", string.Format(c, "{0:N0} commits, {1:F3} ms/commit (p50 {2:F3}, p99 {3:F3}, max {4:F1}), {5:F3} ms/order, {6:P1} of wall time, file {7:F1} MB",
            j.Commits, j.CommitMillis.Mean, j.CommitMillis.P50, j.CommitMillis.P99, j.CommitMillis.Max, j.MillisPerOrder, j.ShareOfRun, j.FileBytes / 1048576.0));
        Line(o, "Journal CPU", string.Format(c, "{0:F0} ms of {1:F0} ms commit wall time was the engine thread's own CPU ({2:P0}); the rest waited (disk flushes, busy cores)",
            j.TotalCpuMillis, j.TotalMillis, j.TotalMillis == 0 ? 0 : j.TotalCpuMillis / j.TotalMillis));
        if (j.MeanMillisByTenth.Count > 0)
            Line(o, "Commit by tenth", string.Join(" ", j.MeanMillisByTenth.Select(v => v.ToString("F1", c))) + " ms (mean per tenth of the commits)");
        Line(o, "Bar->order", string.Format(c, "p50 {0:F2} ms, p99 {1:F2} ms, max {2:F2} ms ({3:N0} records; engine's bucketed p50 {4:F2} / p99 {5:F2} ms)",
            r.BarToOrderMicros.P50 / 1000, r.BarToOrderMicros.P99 / 1000, r.BarToOrderMicros.Max / 1000, r.BarToOrderMicros.Count,
            r.Engine.BarToOrderP50Micros / 1000, r.Engine.BarToOrderP99Micros / 1000));
        Line(o, "", "(at maximum replay speed a slice waits behind the slices queued before it, up to 4: bar->order and lag include that wait)");
        Line(o, "Step", string.Format(c, "p50 {0:F2} ms, p99 {1:F2} ms, max {2:F2} ms, mean {3:F2} ms", r.StepMicros.P50 / 1000, r.StepMicros.P99 / 1000,
            r.StepMicros.Max / 1000, r.StepMicros.Mean / 1000));
        Line(o, "Engine lag", string.Format(c, "max sampled {0:F3} s, at end {1:F3} s", r.MaxLagSeconds, r.Engine.LagSeconds));
        foreach (var e in r.Endpoints)
            Line(o, "GET", string.Format(c, "{0,-24} n={1,-6:N0} p50 {2,7:F2} ms  p99 {3,7:F2} ms  max {4,7:F2} ms  ~{5:N0} B  failures {6}",
                e.Path, e.LatencyMillis.Count, e.LatencyMillis.P50, e.LatencyMillis.P99, e.LatencyMillis.Max, e.MeanResponseBytes, e.Failures));
        Line(o, "SSE /api/events", string.Format(c, "{0:N0} snapshots (~{1:N0} B each), longest gap {2:F0} ms, {3} heartbeats{4}",
            r.Events.Events, r.Events.MeanEventBytes, r.Events.MaxGapMillis, r.Events.Heartbeats, r.Events.Failure is null ? "" : ", FAILED: " + r.Events.Failure));
        var m = r.Memory;
        Line(o, "Working set", string.Format(c, "{0:F0} -> {1:F0} MB (peak {2:F0}), slope 2nd half {3:+0.0;-0.0} MB/min", m.WorkingSetStartMb, m.WorkingSetEndMb,
            m.WorkingSetPeakMb, m.WorkingSetSlopeMbPerMin));
        Line(o, "Managed heap", string.Format(c, "{0:F0} -> {1:F0} MB, slope 2nd half {2:+0.0;-0.0} MB/min", m.ManagedHeapStartMb, m.ManagedHeapEndMb, m.ManagedHeapSlopeMbPerMin));
        Line(o, "GC", string.Format(c, "gen0 {0}, gen1 {1}, gen2 {2}, pauses {3:F0} ms, allocated {4:N0} MB ({5:N0} MB/s)", m.Gen0, m.Gen1, m.Gen2,
            m.GcPauseMillis, m.AllocatedMb, m.AllocatedMb / Math.Max(r.RunSeconds, 1e-9)));
        foreach (var a in r.TopAllocations.Take(8))
            Line(o, "Allocated", string.Format(c, "{0,6:P1} {1,8:N0} MB  {2}", a.Share, a.SampledMb, a.Type));
        Line(o, "Checks", r.FailedChecks.Count == 0 ? "all passed" : "FAILED: " + string.Join("; ", r.FailedChecks));
    }

    private static void Line(TextWriter o, string label, string text) => o.WriteLine($"  {label,-16} {text}");
}
