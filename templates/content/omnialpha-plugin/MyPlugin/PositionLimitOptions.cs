using System.ComponentModel.DataAnnotations;

namespace MyPlugin;

/// <summary>Configuration of <see cref="PositionLimitRiskCheck"/>: the section <c>Plugins:my-plugin</c> of the host's configuration.</summary>
public sealed class PositionLimitOptions
{
    /// <summary>Largest position, long or short, an order may leave in one symbol (shares or contracts).</summary>
    [Range(typeof(decimal), "0.000001", "79228162514264337593543950335", ErrorMessage = "MaxPositionQuantity must be positive")]
    public decimal MaxPositionQuantity { get; set; } = 1_000m;

    /// <summary>Largest value of one order (quantity x limit price, or x the last price for other orders); 0 = no cap.</summary>
    [Range(typeof(decimal), "0", "79228162514264337593543950335", ErrorMessage = "MaxOrderValue must be 0 (no cap) or positive")]
    public decimal MaxOrderValue { get; set; }
}
