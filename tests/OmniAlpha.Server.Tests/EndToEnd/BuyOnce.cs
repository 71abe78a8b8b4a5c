using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Server.Tests.EndToEnd;

/// <summary>Buys 10 of each symbol at its first bar, then holds: a strategy whose trades the test can predict.</summary>
internal sealed class BuyOnce : Strategy
{
    private readonly HashSet<string> _bought = [];

    public override void OnBar(in Bar bar)
    {
        if (_bought.Add(bar.Symbol.Value))
            Buy(bar.Symbol, 10m);
    }
}
