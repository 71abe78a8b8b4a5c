using System.Diagnostics.Metrics;
using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>
/// Listens to the engine's <see cref="System.Diagnostics.Metrics.Meter"/> (<see cref="LiveEngine.MeterName"/>) and keeps
/// every bar-to-order latency and step duration it records, for exact percentiles and maxima (the engine's own
/// <see cref="EngineStats"/> has bucketed p50/p99 and no maximum).
/// </summary>
public sealed class EngineMeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly List<double> _barToOrderMicros = new(1 << 16);
    private readonly List<double> _stepMicros = new(1 << 16);

    /// <summary>Starts listening (instruments created later, by an engine built afterwards, are picked up too).</summary>
    public EngineMeterRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LiveEngine.MeterName && instrument.Name is "bar_to_order_latency" or "step_duration")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Bar-to-order latencies, microseconds (one per strategy and step that released orders).</summary>
    public LatencySummary BarToOrderMicros() { lock (_lock) return LatencySummary.Of(_barToOrderMicros); }

    /// <summary>Step durations (all strategies of one time slice), microseconds.</summary>
    public LatencySummary StepMicros() { lock (_lock) return LatencySummary.Of(_stepMicros); }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var target = instrument.Name == "step_duration" ? _stepMicros : _barToOrderMicros;
        lock (_lock) target.Add(seconds * 1e6);
    }
}
