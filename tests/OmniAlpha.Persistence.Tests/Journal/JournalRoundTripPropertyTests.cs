using OmniAlpha.Persistence.Journal;
using OmniAlpha.Persistence.Tests.Support;

namespace OmniAlpha.Persistence.Tests.Journal;

public sealed class JournalRoundTripPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_batches_load_back_as_their_concatenation_after_reopening(int seed)
    {
        using var folder = new TempStoreFolder();
        var random = new RandomJournal(seed);
        using (var journal = LiteDbTradingJournal.Open(folder.StorePath()))
        {
            for (int i = 0; i < 12; i++)
            {
                journal.Commit(random.Next());
                if (i == 5) JournalAssert.Equal(random.Expected(), journal.Load());
            }
        }

        using var reopened = LiteDbTradingJournal.Open(folder.StorePath());
        JournalAssert.Equal(random.Expected(), reopened.Load());
    }
}
