using System.Globalization;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Kernel.Results;

namespace OmniAlpha.Host.Output;

/// <summary>Plain-text wording of what happened when a strategy was stopped, for the error line and the summary table.</summary>
internal static class StopSummary
{
    /// <summary>E.g. <c>strategy stopped, open-order policy cancel: canceled orders 4, 7</c>.</summary>
    public static string Describe(StrategyFailure failure)
    {
        string policy = failure.Policy.ToString().ToLowerInvariant();
        string orders = failure.Policy switch
        {
            StrategyFailurePolicy.Leave => "working orders left at the exchange",
            _ => failure.CanceledOrderIds.Count == 0 ? "no working orders to cancel" : "canceled orders " + Ids(failure.CanceledOrderIds),
        };
        if (failure.Policy == StrategyFailurePolicy.Flatten)
            orders += failure.ClosingOrderIds.Count == 0 ? ", no positions to close" : ", closing orders " + Ids(failure.ClosingOrderIds);
        return $"strategy stopped, open-order policy {policy}: {orders}";
    }

    private static string Ids(IReadOnlyList<long> ids) => string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
