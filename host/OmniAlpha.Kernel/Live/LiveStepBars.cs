using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Live;

/// <summary>One live strategy's bars of a slice, in its symbol order: bar k belongs to security <c>indices[k]</c>.</summary>
internal readonly struct LiveStepBars(Bar[] bars, int[] indices, int count) : IStepBars
{
    public int Count => count;
    public ref readonly Bar this[int k] => ref bars[k];
    public int SecurityIndex(int k) => indices[k];
    public void Deliver(int k, SecurityState security) => security.Append(in bars[k]);
}
