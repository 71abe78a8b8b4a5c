using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>The replay feed plays bars in time order, one slice per instant, paced by the clock, resuming after a data time.</summary>
public class ReplayFeedTests
{
    private sealed class SliceRecorder : ILiveDataListener, ISliceListener
    {
        private readonly List<Bar> _open = [];
        public ConcurrentQueue<(DateTime Time, string[] Symbols)> Slices { get; } = new();
        public void OnBar(in Bar bar) => _open.Add(bar);
        public void OnSliceComplete(DateTime endTimeUtc)
        {
            Assert.All(_open, b => Assert.Equal(endTimeUtc, b.EndTime));
            Slices.Enqueue((endTimeUtc, [.. _open.Select(b => b.Symbol.ToString())]));
            _open.Clear();
        }
        public void OnQuote(in QuoteTick quote) { }
        public void OnTrade(in TradeTick trade) { }
        public void OnConnectionChanged(bool connected, string reason) { }
    }

    private static BarSeries Series(string symbol, params int[] days) =>
        new(Instrument.UsEquity(symbol), [.. days.Select(d => ManualFeed.Bar(symbol, d, 10m, 10m))], TimeSpan.FromDays(1));

    [Fact]
    public async Task Bars_ending_at_one_instant_form_one_slice_in_time_order_and_only_subscribed_symbols_play()
    {
        var feed = new ReplayFeed([Series("AAA", 0, 1, 3), Series("BBB", 1, 2, 3), Series("CCC", 0, 1, 2, 3)]);
        var recorder = new SliceRecorder();
        await feed.ConnectAsync(recorder, CancellationToken.None);
        await feed.SubscribeAsync("AAA", CancellationToken.None);
        await feed.SubscribeAsync("BBB", CancellationToken.None);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => feed.SubscribeAsync("ZZZ", CancellationToken.None));
        feed.StartAfter(null);
        await feed.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["0:AAA", "1:AAA,BBB", "2:BBB", "3:AAA,BBB"],
            recorder.Slices.Select(s => $"{(s.Time - LiveTestKit.Start).Days}:{string.Join(",", s.Symbols)}"));
    }

    [Fact]
    public async Task A_resumed_replay_starts_strictly_after_the_given_data_time()
    {
        var feed = new ReplayFeed([Series("AAA", 0, 1, 2, 3, 4)]);
        var recorder = new SliceRecorder();
        await feed.ConnectAsync(recorder, CancellationToken.None);
        await feed.SubscribeAsync("AAA", CancellationToken.None);
        feed.StartAfter(LiveTestKit.Start.AddDays(2));
        await feed.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([3, 4], recorder.Slices.Select(s => (s.Time - LiveTestKit.Start).Days));
    }

    [Fact]
    public async Task At_speed_n_the_gap_between_slices_is_the_data_gap_divided_by_n_of_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var feed = new ReplayFeed([Series("AAA", 0, 1, 2)], speed: 3_600, timeProvider: clock); // one data day = 24 s
        var recorder = new SliceRecorder();
        await feed.ConnectAsync(recorder, CancellationToken.None);
        await feed.SubscribeAsync("AAA", CancellationToken.None);
        feed.StartAfter(null);
        await Until(() => recorder.Slices.Count == 1);
        await Task.Delay(50);
        clock.Advance(TimeSpan.FromSeconds(23));
        await Task.Delay(50);
        Assert.Single(recorder.Slices);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Until(() => recorder.Slices.Count == 2);
        await Task.Delay(50);
        clock.Advance(TimeSpan.FromSeconds(24));
        await feed.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, recorder.Slices.Count);
    }

    [Fact]
    public async Task At_speed_zero_the_replay_waits_for_a_slow_consumer_instead_of_queueing()
    {
        var queue = new SliceQueue(TimeProvider.System, capacity: 2);
        var feed = new ReplayFeed([Series("AAA", [.. Enumerable.Range(0, 50)])]);
        await feed.ConnectAsync(queue, CancellationToken.None);
        await feed.SubscribeAsync("AAA", CancellationToken.None);
        feed.StartAfter(null);
        await Until(() => feed.LastSliceTimeUtc == LiveTestKit.Start.AddDays(2));
        await Task.Delay(100);
        // Two slices wait in the queue; the feed is blocked handing over the third and goes no further.
        Assert.Equal(LiveTestKit.Start.AddDays(2), feed.LastSliceTimeUtc);
        var seen = new List<DateTime>();
        while (seen.Count < 50)
        {
            if (queue.Peek() is { } slice) { seen.Add(slice.Time); queue.Release(); }
            else queue.Wait(TimeSpan.FromMilliseconds(10));
        }
        Assert.Equal(Enumerable.Range(0, 50).Select(d => LiveTestKit.Start.AddDays(d)), seen);
        await feed.Completion.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not reached");
            await Task.Delay(5);
        }
    }
}
