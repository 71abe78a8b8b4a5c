using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Plugins.Csv;

/// <summary>What reading one CSV file produced: the bars, plus the rows that were skipped and why.</summary>
/// <param name="Series">The bars read. <see cref="BarSeries.SkippedRows"/> counts every skipped row.</param>
/// <param name="Issues">The first skipped rows' problems, in file order (at most the reader's issue limit).</param>
public sealed record CsvReadResult(BarSeries Series, IReadOnlyList<CsvRowIssue> Issues)
{
    /// <summary>Number of rows skipped as bad (may exceed <see cref="Issues"/>' count, which is capped).</summary>
    public int SkippedRows => Series.SkippedRows;
}
