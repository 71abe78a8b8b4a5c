using OmniAlpha.Indicators;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Host.Bench;

/// <summary>The crossover's per-bar indicator work with no orders: isolates the engine loop's own cost.</summary>
internal sealed class IndicatorsOnlyStrategy : Strategy
{
    private readonly SimpleMovingAverage _fast = new(10);
    private readonly SimpleMovingAverage _slow = new(30);

    public override void OnBar(in Bar bar)
    {
        double close = (double)bar.Close;
        _fast.Update(close);
        _slow.Update(close);
    }
}
