using Microsoft.Extensions.Time.Testing;
using OmniAlpha.Kernel.Live;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>For a real feed (no slice-complete signal) a step closes on a later bar or after the lateness timeout.</summary>
public class SliceQueueTests
{
    [Fact]
    public void A_slice_closes_when_a_bar_with_a_later_end_time_arrives()
    {
        var queue = new SliceQueue(TimeProvider.System);
        queue.OnBar(ManualFeed.Bar("AAA", 0, 10m, 10m));
        queue.OnBar(ManualFeed.Bar("BBB", 0, 10m, 10m));
        Assert.Null(queue.Peek());
        queue.OnBar(ManualFeed.Bar("AAA", 1, 10m, 10m));
        var slice = queue.Peek();
        Assert.NotNull(slice);
        Assert.Equal(2, slice.Count);
        Assert.Equal(LiveTestKit.Start, slice.Time);
    }

    [Fact]
    public void A_slice_closes_after_the_lateness_timeout_and_a_bar_arriving_after_its_slice_closed_is_dropped_and_counted()
    {
        var clock = new FakeTimeProvider();
        var queue = new SliceQueue(clock);
        queue.OnBar(ManualFeed.Bar("AAA", 0, 10m, 10m));
        clock.Advance(TimeSpan.FromMilliseconds(1_999));
        queue.CloseIfLate(TimeSpan.FromSeconds(2));
        Assert.Null(queue.Peek());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        queue.CloseIfLate(TimeSpan.FromSeconds(2));
        Assert.Equal(1, queue.Peek()!.Count);
        queue.Release();
        queue.OnBar(ManualFeed.Bar("BBB", 0, 10m, 10m));
        Assert.Equal(1, queue.LateBars);
        Assert.Null(queue.Peek());
    }
}
