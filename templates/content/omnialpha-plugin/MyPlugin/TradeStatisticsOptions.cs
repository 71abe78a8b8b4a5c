using System.ComponentModel.DataAnnotations;

namespace MyPlugin;

/// <summary>Configuration of <see cref="TradeStatistics"/>: the section <c>Plugins:my-plugin</c> of the host's configuration.</summary>
public sealed class TradeStatisticsOptions
{
    /// <summary>Title of the report.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Title must not be empty")]
    public string Title { get; set; } = "Trade statistics";
}
