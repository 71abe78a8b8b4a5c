using System.Diagnostics.Metrics;

namespace OmniAlpha.Kernel.Live;

/// <summary>
/// The live engine's instruments under the <see cref="System.Diagnostics.Metrics.Meter"/> "OmniAlpha.Engine" (exported
/// by the API as Prometheus): counters orders_submitted, orders_rejected, fills, journal_commits; histograms
/// bar_to_order_latency and step_duration (seconds); observable gauge engine_lag (seconds).
/// </summary>
internal sealed class EngineMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "OmniAlpha.Engine";

    private readonly Meter _meter;

    public EngineMetrics(Func<double> lagSeconds)
    {
        _meter = new Meter(MeterName);
        OrdersSubmitted = _meter.CreateCounter<long>("orders_submitted", description: "Orders released to brokers");
        OrdersRejected = _meter.CreateCounter<long>("orders_rejected", description: "Orders rejected by the kernel, the trading state, risk checks or brokers");
        Fills = _meter.CreateCounter<long>("fills", description: "Fills applied");
        JournalCommits = _meter.CreateCounter<long>("journal_commits", description: "Journal batches committed");
        BarToOrderLatency = _meter.CreateHistogram<double>("bar_to_order_latency", unit: "s", description: "From a bar reaching the engine to an order it caused being released to the broker");
        StepDuration = _meter.CreateHistogram<double>("step_duration", unit: "s", description: "Processing time of one time step, all strategies");
        _meter.CreateObservableGauge("engine_lag", lagSeconds, unit: "s", description: "Wall time between a slice's arrival and its processing");
    }

    public Meter Meter => _meter;
    public Counter<long> OrdersSubmitted { get; }
    public Counter<long> OrdersRejected { get; }
    public Counter<long> Fills { get; }
    public Counter<long> JournalCommits { get; }
    public Histogram<double> BarToOrderLatency { get; }
    public Histogram<double> StepDuration { get; }

    public void Dispose() => _meter.Dispose();
}
