using System.Globalization;
using System.Text;

namespace OmniAlpha.Persistence.Documents;

/// <summary>
/// Document keys. Composite keys are length-prefixed ("4:abcd|...") so no id can run into the next part, and numeric
/// parts are zero-padded to 19 digits so the string order of keys is the numeric order (the store compares ordinally).
/// </summary>
internal static class DocumentKeys
{
    /// <summary>Most records of one kind in one batch (the ordinal keeps 20 bits for the index within a batch).</summary>
    public const int MaxRecordsPerBatch = 1 << 20;

    /// <summary>
    /// Position of an appended record in commit order: batch sequence in the high bits, index within the batch in
    /// the low 20. Deterministic, so a retried batch gets the same keys, and sortable as one Int64 index.
    /// </summary>
    public static long Ordinal(long batchSequence, int index) => (batchSequence << 20) | (long)index;

    /// <summary>The key prefix of everything of one strategy ("3:sma|").</summary>
    public static string Strategy(string strategyId) =>
        strategyId.Length.ToString(CultureInfo.InvariantCulture) + ":" + strategyId + "|";

    /// <summary>A key of strategy + text, e.g. (strategy, client order id).</summary>
    public static string Composite(string strategyId, string part)
    {
        var key = new StringBuilder(Strategy(strategyId));
        key.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
        return key.ToString();
    }

    /// <summary>A key of strategy + numbers, ordered numerically within the strategy.</summary>
    public static string Composite(string strategyId, params long[] numbers)
    {
        var key = new StringBuilder(Strategy(strategyId));
        for (int i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] < 0) throw new ArgumentOutOfRangeException(nameof(numbers), "key numbers must not be negative");
            if (i > 0) key.Append('|');
            key.Append(numbers[i].ToString("D19", CultureInfo.InvariantCulture));
        }
        return key.ToString();
    }
}
