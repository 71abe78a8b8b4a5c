namespace OmniAlpha.Host.Bench;

/// <summary>One speed case's outcome, as printed by <c>omnialpha bench</c>.</summary>
/// <param name="Case">Case name.</param>
/// <param name="Bars">Bars processed per run.</param>
/// <param name="BarsPerSecond">Best run's throughput.</param>
/// <param name="BaselineBarsPerSecond">Throughput of the hand-written loop doing the same arithmetic (null when not applicable).</param>
/// <param name="AllocatedBytesPerBar">Bytes allocated inside the engine loop per bar (orders and fills included).</param>
/// <param name="PeakWorkingSetBytes">Process peak working set after the case.</param>
/// <param name="Note">What is being compared.</param>
internal sealed record BenchMeasurement(string Case, long Bars, double BarsPerSecond, double? BaselineBarsPerSecond,
    double AllocatedBytesPerBar, long PeakWorkingSetBytes, string Note);
