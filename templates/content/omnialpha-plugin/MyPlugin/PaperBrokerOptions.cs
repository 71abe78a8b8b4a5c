using System.ComponentModel.DataAnnotations;

namespace MyPlugin;

/// <summary>Configuration of <see cref="PaperBroker"/>: the section <c>Plugins:my-plugin</c> of the host's configuration.</summary>
public sealed class PaperBrokerOptions
{
    /// <summary>Commission charged on an order's first fill, in the account currency.</summary>
    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "CommissionPerOrder must be between 0 and 1000000")]
    public decimal CommissionPerOrder { get; set; }
}
