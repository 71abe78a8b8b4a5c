using System.Reflection;
using OmniAlpha.Persistence.Audit;
using OmniAlpha.Persistence.Keys;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static AuditEntry Entry(string actor, string action, int n = 0) =>
        new(JournalSamples.T0.AddTicks(n), actor, actor == "engine" ? null : ApiRole.Trader, action, "sma-spy", AuditOutcome.Succeeded,
            "10.0.0.7", "req-" + n, "state -> Halted");

    [Fact]
    public void Entries_are_appended_with_increasing_ids_and_every_field_round_trips()
    {
        using (var store = LiteDbStore.Open(_folder.StorePath()))
        {
            Assert.Equal(1, store.Audit.Append(Entry("ops", "strategy.stop", 1)).Id);
            Assert.Equal(2, store.Audit.Append(Entry("engine", "strategy.fail", 2) with { Outcome = AuditOutcome.Failed, Target = null, RemoteAddress = null, RequestId = null, Details = null }).Id);
        }

        using var reopened = LiteDbStore.Open(_folder.StorePath());
        var page = reopened.Audit.Page(0, 10);
        Assert.Equal([2L, 1], page.Items.Select(e => e.Id));
        Assert.Equal(Entry("ops", "strategy.stop", 1) with { Id = 1 }, page.Items[1]);
        Assert.Equal(new AuditEntry(JournalSamples.T0.AddTicks(2), "engine", null, "strategy.fail", null, AuditOutcome.Failed, null, null, null) { Id = 2 }, page.Items[0]);
        Assert.Equal(DateTimeKind.Utc, page.Items[0].TimeUtc.Kind);
        // Appending after a reopen continues the numbering.
        Assert.Equal(3, reopened.Audit.Append(Entry("ops", "strategy.start")).Id);
    }

    [Fact]
    public void Pages_come_newest_first_and_can_be_filtered_by_actor()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        for (int i = 1; i <= 5; i++) store.Audit.Append(Entry(i % 2 == 0 ? "alice" : "bob", "a" + i, i));

        var first = store.Audit.Page(0, 2);
        Assert.Equal(["a5", "a4"], first.Items.Select(e => e.Action));
        Assert.True(first.HasMore);
        Assert.False(store.Audit.Page(4, 2).HasMore);
        Assert.Equal(["a4", "a2"], store.Audit.Page(0, 10, actor: "alice").Items.Select(e => e.Action));
    }

    [Fact]
    public void Long_details_are_cut()
    {
        using var store = LiteDbStore.Open(_folder.StorePath());
        var stored = store.Audit.Append(Entry("ops", "x") with { Details = new string('d', 10_000) });
        Assert.Equal(AuditLog.MaxDetailsLength + 3, stored.Details!.Length);
        Assert.Equal(stored.Details, store.Audit.Page(0, 1).Items[0].Details);
    }

    [Fact]
    public void The_log_offers_no_way_to_change_or_remove_an_entry()
    {
        var methods = typeof(AuditLog).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Order().ToList();
        Assert.Equal(["Append", "Page"], methods);
    }
}
