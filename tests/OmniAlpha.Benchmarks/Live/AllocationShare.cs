namespace OmniAlpha.Benchmarks.Live;

/// <summary>One type's share of the sampled allocations.</summary>
/// <param name="Type">The allocated type.</param>
/// <param name="SampledMb">Bytes attributed to it by the allocation ticks, MB (an estimate).</param>
/// <param name="Share">Its share of all sampled bytes.</param>
public sealed record AllocationShare(string Type, double SampledMb, double Share);
