using System.ComponentModel.DataAnnotations;

namespace MyPlugin;

/// <summary>Configuration of <see cref="RandomWalkData"/>: the section <c>Plugins:my-plugin</c> of the host's configuration.</summary>
public sealed class RandomWalkOptions
{
    /// <summary>The symbols to generate, one independent walk each.</summary>
    [MinLength(1, ErrorMessage = "Symbols must name at least one symbol")]
    public string[] Symbols { get; set; } = ["WALK"];

    /// <summary>Daily bars per symbol (weekdays, from <see cref="FirstDate"/>).</summary>
    [Range(1, 100_000, ErrorMessage = "Bars must be between 1 and 100000")]
    public int Bars { get; set; } = 252;

    /// <summary>Date of the first bar (its session closes at 21:00 UTC).</summary>
    public DateOnly FirstDate { get; set; } = new(2020, 1, 2);

    /// <summary>Close before the first bar.</summary>
    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "StartPrice must be between 0.01 and 1000000")]
    public decimal StartPrice { get; set; } = 100m;

    /// <summary>Standard deviation of the daily return (0.01 = 1 %).</summary>
    [Range(0.0, 0.2, ErrorMessage = "DailyVolatility must be between 0 and 0.2")]
    public double DailyVolatility { get; set; } = 0.01;

    /// <summary>Seed: the same seed gives the same bars.</summary>
    public int Seed { get; set; } = 1;
}
