using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Server.Views;

/// <summary>One point of an equity curve.</summary>
public sealed record EquityPointView(DateTime TimeUtc, decimal Equity)
{
    /// <summary>The view of <paramref name="sample"/>.</summary>
    public static EquityPointView From(EquitySample sample) => new(sample.TimeUtc, sample.Equity);
}
