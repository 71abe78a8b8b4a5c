using System.Globalization;
using System.Text;
using OmniAlpha.Sdk.Data;
using OmniAlpha.Sdk.Market;

namespace OmniAlpha.Plugins.Csv;

/// <summary>
/// Writes daily bars as a Yahoo-style CSV (<c>Date,Open,High,Low,Close,Adj Close,Volume</c>) that
/// <see cref="CsvBarReader"/> with the same mapping reads back to identical bars. Output is byte-for-byte
/// deterministic: invariant culture, <c>\n</c> line endings, UTF-8 without BOM, prices printed exactly as
/// stored (no rounding), <c>Adj Close</c> equal to <c>Close</c>.
/// </summary>
public sealed class YahooCsvWriter
{
    /// <summary>The header line written first.</summary>
    public const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    private readonly TimeZoneInfo _zone;
    private readonly TimeOnly _barEnd;

    /// <summary>Creates a writer whose dates are local dates in the mapping's zone.</summary>
    /// <param name="mapping">
    /// Date-only daily mapping (default <see cref="CsvColumnMapping.Yahoo"/>); every bar must end at its
    /// <see cref="CsvColumnMapping.DailyBarEnd"/>, otherwise a date alone would not say when the bar ended.
    /// </param>
    /// <exception cref="ArgumentException">The mapping is not date-only daily data.</exception>
    public YahooCsvWriter(CsvColumnMapping? mapping = null)
    {
        Mapping = mapping ?? CsvColumnMapping.Yahoo;
        _zone = Mapping.Validate();
        _barEnd = Mapping.DailyBarEnd
            ?? throw new ArgumentException("The Yahoo CSV layout holds dates only; the mapping needs a DailyBarEnd.", nameof(mapping));
    }

    /// <summary>The mapping whose zone and daily bar end the dates follow.</summary>
    public CsvColumnMapping Mapping { get; }

    /// <summary>Writes <paramref name="series"/> to a file, replacing it.</summary>
    /// <exception cref="ArgumentException">A bar does not end at the mapping's daily bar end.</exception>
    public void WriteFile(BarSeries series, string path)
    {
        ArgumentNullException.ThrowIfNull(series);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        Write(series, writer);
    }

    /// <summary>Writes <paramref name="series"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentException">A bar does not end at the mapping's daily bar end.</exception>
    public void Write(BarSeries series, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[48];
        foreach (ref readonly Bar bar in series.Bars)
        {
            DateTime local = TimeZoneInfo.ConvertTimeFromUtc(bar.EndTime, _zone);
            if (TimeOnly.FromDateTime(local) != _barEnd)
                throw new ArgumentException(
                    $"Bar {bar.Symbol} ending {bar.EndTime:O} ends at {local:HH:mm:ss} {Mapping.TimeZone}, not at the daily bar end {_barEnd:HH:mm:ss}; only daily bars can be written as dates.",
                    nameof(series));
            WriteFormatted(writer, buffer, local, "yyyy-MM-dd");
            WriteField(writer, buffer, bar.Open);
            WriteField(writer, buffer, bar.High);
            WriteField(writer, buffer, bar.Low);
            WriteField(writer, buffer, bar.Close);
            WriteField(writer, buffer, bar.Close);
            WriteField(writer, buffer, bar.Volume);
            writer.Write('\n');
        }
    }

    private static void WriteField(TextWriter writer, Span<char> buffer, decimal value)
    {
        writer.Write(',');
        // decimal formatting never uses exponents and keeps the value's scale, so the text parses back exactly.
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteFormatted(TextWriter writer, Span<char> buffer, DateTime value, string format)
    {
        value.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }
}
