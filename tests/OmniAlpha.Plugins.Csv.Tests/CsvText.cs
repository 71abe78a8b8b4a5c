using OmniAlpha.Sdk.Data;

namespace OmniAlpha.Plugins.Csv.Tests;

/// <summary>Reads CSV given as text, so tests state their input inline.</summary>
internal static class CsvText
{
    public const string YahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume";

    public static CsvReadResult Read(string text, CsvColumnMapping? mapping = null, BadRowPolicy policy = BadRowPolicy.Fail, string fileName = "t.csv") =>
        new CsvBarReader(mapping ?? CsvColumnMapping.Yahoo, policy).Read(new StringReader(text), fileName, "TEST");

    /// <summary>Reads Yahoo rows under the standard header.</summary>
    public static CsvReadResult Yahoo(params string[] rows) => Read(YahooHeader + "\n" + string.Join("\n", rows) + "\n");

    /// <summary>The message of the error reading <paramref name="text"/> raises.</summary>
    public static string Error(string text, CsvColumnMapping? mapping = null) =>
        Assert.Throws<DataFormatException>(() => Read(text, mapping)).Message;

    /// <summary>The message of the error reading Yahoo <paramref name="rows"/> raises.</summary>
    public static string YahooError(params string[] rows) =>
        Assert.Throws<DataFormatException>(() => Yahoo(rows)).Message;
}
